#pragma once

#include "liquid/environment.h"
#include "webhook/connectedcontentsource.h"
#include "webhook/outputsite.h"
#include "webhook/renderedrequest.h"
#include "webhook/secretreference.h"
#include "webhook/webhooktemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace Webhook {

// Renders a template for one user into the request Braze would send (braze-liquid.md §11):
// URL, each header value and the body are separate Liquid fields rendered with the same data;
// key/value pairs become one JSON object in entry order; a raw body with a JSON content type is
// validated. Each field is parsed once and re-rendered until its text changes (the preview's fast
// path). Thread-safe: the preview renders on a worker thread while a send renders on the caller's.
class RequestRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Webhook::RequestRenderer)

public:
    RequestRenderer();
    RequestRenderer(const RequestRenderer &) = delete;
    RequestRenderer &operator=(const RequestRenderer &) = delete;

    Liquid::Environment &environment() { return m_environment; }

    // secrets == nullptr: a preview, partner secrets masked. Otherwise a send: the values are
    // inserted and any missing one is listed in missingSecrets.
    // listener (optional) hears what every Liquid output rendered (the audience preview's tally).
    RenderedRequest render(const WebhookTemplate &webhook, const Liquid::Value &data,
                           const SecretValues *secrets = nullptr, OutputListener *listener = nullptr);

    // The :basic_auth credentials (connected_content/NAME) a preview may use; a send uses its
    // own secret values.
    void setPreviewCredentials(const SecretValues &credentials);
    // Forgets the connected_content answers kept for later renders.
    void clearConnectedContentCache() { m_connectedCache.clear(); }

    // Parse errors of every field without rendering (for the editor's underlines).
    QList<WebhookProblem> syntaxProblems(const WebhookTemplate &webhook);

    // What the template reads from the user: "${first_name}", "custom_attribute.${zip}", ...
    QStringList usedAttributes(const WebhookTemplate &webhook);

private:
    struct Compiled
    {
        Liquid::TemplatePtr tmpl;
        Liquid::Diagnostic error;
    };
    struct FieldRef
    {
        WebhookProblem::Field field;
        int row;
    };
    QString tokenized(const QString &source) const;
    Compiled compile(const QString &source);
    // What one render needs besides the template: the data, where results go, who listens.
    struct Pass
    {
        const Liquid::Value &data;
        const SecretValues *secrets;
        RenderedRequest &out;
        QStringList *attributes;
        OutputListener *listener;
        Liquid::ConnectedContentFetcher *fetcher;
    };
    QString renderField(const QString &source, FieldRef where, Pass &pass);
    QString resolveSecrets(const QString &text, const SecretValues *secrets, RenderedRequest &out) const;
    void checkHeaders(const WebhookTemplate &webhook, RenderedRequest &out) const;
    void checkUrl(RenderedRequest &out) const;
    void renderBody(const WebhookTemplate &webhook, Pass &pass);

    Liquid::Environment m_environment;
    QMutex m_mutex;
    QHash<QString, Compiled> m_cache;   // by field source (after secret tokens)
    QString m_token;                    // random per renderer: user data cannot forge a secret slot
    ConnectedContentCache m_connectedCache;
    SecretValues m_previewCredentials;  // under m_mutex
};

} // namespace Webhook
