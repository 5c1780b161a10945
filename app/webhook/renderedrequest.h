#pragma once

#include "liquid/braze/connectedcontent.h"
#include "liquid/braze/sendevent.h"
#include "webhook/webhookproblem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Webhook {

struct RenderedHeader
{
    QString name;
    QString value;
    bool secret = false;   // refers to a partner secret: masked in the preview, redacted in the log
};

// A template rendered for one user: the request exactly as it would go out (secrets masked in a
// preview render, real in a send render), or why it would not.
struct RenderedRequest
{
    QString method;
    QString url;
    QList<RenderedHeader> headers;
    QString body;                       // the wire body (compact JSON in key/value mode)
    bool bodyIsJson = false;
    bool aborted = false;               // {% abort_message %}: Braze would not send to this user
    QString abortMessage;
    QList<WebhookProblem> problems;
    QStringList missingAttributes;      // attributes the template uses that this user lacks
    QStringList missingSecrets;         // placeholder names with no value for this send
    QStringList missingSettings;        // partner settings referred to but not saved ("quikly/q_scope")
    QList<Liquid::ConnectedContentCall> connectedContent;
    QList<Liquid::MessageExtra> messageExtras;     // attached to the send event by {% message_extras %}
    QList<Liquid::PromotionCode> promotionCodes;   // sample codes where Braze takes real ones
    qint64 renderMicroseconds = 0;

    bool hasErrors() const;
    // Ready for a test send: no errors, not aborted, every secret known.
    bool canSend() const { return !hasErrors() && !aborted && missingSecrets.isEmpty() && missingSettings.isEmpty(); }
    QString headerValue(const QString &name) const;
    // The body as the preview shows it: pretty-printed JSON (key order kept) or the text as is.
    QString displayBody() const;
    // Method, URL, headers, blank line, body: what braze-cli prints.
    QString toText() const;
};

} // namespace Webhook
