#pragma once

#include "liquid/braze/connectedcontent.h"
#include "webhook/connectedcontentstub.h"
#include "webhook/secretreference.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>

namespace Webhook {

// Answers kept the way Braze keeps them (braze-liquid.md §7.1): a GET for 5 minutes unless
// :no_cache, any call with :cache_max_age for that long (300 s to 4 h); only 2xx answers under
// 1 MB. Keyed by method, URL and body; bounded in entries and bytes. Thread-safe.
class ConnectedContentCache
{
public:
    static constexpr int DefaultSeconds = 300;
    std::optional<Liquid::ConnectedContentResponse> find(const Liquid::ConnectedContentRequest &request) const;
    void keep(const Liquid::ConnectedContentRequest &request, const Liquid::ConnectedContentResponse &response);
    static bool cacheable(const Liquid::ConnectedContentRequest &request);
    void clear();

private:
    struct Entry
    {
        Liquid::ConnectedContentResponse response;
        QDeadlineTimer expires;
    };
    static QString keyOf(const Liquid::ConnectedContentRequest &request);

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    qint64 m_bytes = 0;
};

// One render's connected_content answers: a stub saved with the template first, then the cache,
// then the network (the gate, which may refuse). :basic_auth NAME takes the credential from the
// workspace's secrets (connected_content/NAME: "username:password"); a credential that is not
// there makes Braze abort the message, and so does the preview.
class ConnectedContentSource : public Liquid::ConnectedContentFetcher
{
    Q_DECLARE_TR_FUNCTIONS(Webhook::ConnectedContentSource)

public:
    ConnectedContentSource(const QList<ConnectedContentStub> &stubs, ConnectedContentCache *cache,
                           Liquid::ConnectedContentFetcher *live, const SecretValues *credentials)
        : m_stubs(stubs), m_cache(cache), m_live(live), m_credentials(credentials) {}
    Liquid::ConnectedContentResponse fetch(const Liquid::ConnectedContentRequest &request) override;

    // One line per call for the preview and braze-cli: what was asked and where the answer came
    // from (live, cached, stubbed) or why there was none.
    static QString describe(const Liquid::ConnectedContentCall &call);

    // The secret name a :basic_auth credential is kept under, and the names a text's calls use.
    static QString credentialSecretName(const QString &credential);
    static QStringList credentialSecretNamesIn(const QString &text);

private:
    const QList<ConnectedContentStub> &m_stubs;
    ConnectedContentCache *m_cache;
    Liquid::ConnectedContentFetcher *m_live;
    const SecretValues *m_credentials;
};

} // namespace Webhook
