// POST /transactional/v1/campaigns/{campaign_id}/send (braze-api-more.md §2.9): one e-mail to
// one recipient, never rate limited, deduplicated by external_send_id for 24 hours, with the
// status postback Braze sends to the URL set under Settings > Email Preferences (the sandbox's
// transactional_postback_url setting).
#include "sandbox/attributeapplier.h"
#include "sandbox/dispatches.h"
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/profilematching.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Sandbox {

namespace {

constexpr qint64 DedupWindowMs = 24LL * 3600 * 1000;

SandboxReply bad(const QString &text)
{
    return SandboxReply::message(400, text);
}

// The documented object, or the one-element array the braze-api npm client sends.
std::optional<QJsonObject> recipientOf(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject();
    if (value.isArray() && value.toArray().size() == 1 && value.toArray().first().isObject())
        return value.toArray().first().toObject();
    return std::nullopt;
}

QString checkRecipient(const QJsonObject &r, SandboxState &state)
{
    const bool external = r.contains(QLatin1String("external_user_id"));
    const bool alias = r.contains(QLatin1String("user_alias"));
    if (external == alias)
        return QStringLiteral("Bad Request: 'recipient' needs exactly one of 'external_user_id' or 'user_alias'.");
    if (external && (!r.value(QLatin1String("external_user_id")).isString() || r.value(QLatin1String("external_user_id")).toString().isEmpty()))
        return QStringLiteral("Bad Request: 'external_user_id' must be a non-empty string.");
    if (alias && !RequestValidation::parseAlias(r.value(QLatin1String("user_alias"))))
        return QStringLiteral("Bad Request: 'user_alias' needs 'alias_name' and 'alias_label'.");
    if (r.contains(QLatin1String("attributes"))) {
        if (!r.value(QLatin1String("attributes")).isObject())
            return QStringLiteral("Bad Request: 'attributes' must be an object.");
        const QString error = AttributeApplier(state).validate(r.value(QLatin1String("attributes")).toObject());
        if (!error.isEmpty())
            return QStringLiteral("Bad Request: ") + error;
    }
    return {};
}

bool recentlyUsed(const SandboxState &state, const QString &campaignId, const QString &externalSendId, qint64 nowMs)
{
    for (const auto &d : state.dispatches) {
        if (d.value(QLatin1String("kind")).toString() == QLatin1String("transactional") && d.value(QLatin1String("campaign_id")).toString() == campaignId
            && d.value(QLatin1String("external_send_id")).toString() == externalSendId
            && nowMs - qint64(d.value(QLatin1String("created_at_ms")).toDouble()) < DedupWindowMs)
            return true;
    }
    return false;
}

SandboxReply send(ApiCall &call)
{
    const QString campaignId = call.param("campaign_id");
    const ApiCampaign *campaign = call.state.campaign(campaignId);
    if (!campaign)
        return bad(QStringLiteral("Campaign does not exist"));
    if (!campaign->transactional)
        return bad(QStringLiteral("The campaign is not a transactional campaign. Only transactional campaigns may use this endpoint"));
    if (campaign->archived)
        return bad(QStringLiteral("The campaign is archived. Unarchive the campaign in order for trigger requests to take effect."));
    if (!campaign->enabled)
        return bad(QStringLiteral("The campaign is paused. Resume the campaign in order for trigger requests to take effect."));
    const QJsonObject &b = call.body;
    const QJsonValue externalSendId = b.value(QLatin1String("external_send_id"));
    static const QRegularExpression sendIdPattern(QStringLiteral("^[a-zA-Z0-9-_+/=]+$"));
    if (!externalSendId.isUndefined() && (!externalSendId.isString() || !sendIdPattern.match(externalSendId.toString()).hasMatch()))
        return bad(QStringLiteral("Bad Request: 'external_send_id' must be Base64-compatible (letters, digits, - _ + / =)."));
    if (b.contains(QLatin1String("trigger_properties")) && !b.value(QLatin1String("trigger_properties")).isObject())
        return bad(QStringLiteral("Bad Request: 'trigger_properties' must be an object."));
    const auto recipient = recipientOf(b.value(QLatin1String("recipient")));
    if (!recipient)
        return bad(QStringLiteral("Bad Request: 'recipient' is required and must be an object."));
    const QString error = checkRecipient(*recipient, call.state);
    if (!error.isEmpty())
        return bad(error);
    if (externalSendId.isString() && recentlyUsed(call.state, campaignId, externalSendId.toString(), call.nowMs))
        return bad(QStringLiteral("The external reference has been queued.  Please retry to obtain send_id."));

    SandboxUser *user = ProfileMatching::resolve(call.state, *recipient);
    const QJsonObject attributes = recipient->value(QLatin1String("attributes")).toObject();
    if (!user && recipient->contains(QLatin1String("external_user_id")) && !attributes.isEmpty()) {
        user = &call.state.createUser(call.nowMs, 0);
        call.state.setExternalId(*user, recipient->value(QLatin1String("external_user_id")).toString());
    }
    if (user && !attributes.isEmpty())
        AttributeApplier(call.state).apply(*user, attributes, call.nowMs);
    const bool emailable = user && !user->email.isEmpty()
        && user->standard.value(QLatin1String("email_subscribe")).toString() != QLatin1String("unsubscribed");
    const QString status = emailable ? QStringLiteral("sent") : QStringLiteral("aborted");

    QJsonArray recipients;
    if (user)
        recipients.append(QJsonObject{{QStringLiteral("braze_id"), user->brazeId}, {QStringLiteral("external_id"), user->externalId}});
    QJsonObject &d = Dispatches::record(call, QStringLiteral("transactional"), campaignId, QString(), {}, recipients, emailable ? 1 : 0,
                                        call.nowMs);
    d.insert(QStringLiteral("status"), status);
    d.insert(QStringLiteral("created_at_ms"), double(call.nowMs));
    if (externalSendId.isString())
        d.insert(QStringLiteral("external_send_id"), externalSendId);

    const QString now = RequestValidation::isoTime(call.nowMs);
    QJsonObject metadata{{QStringLiteral("campaign_api_id"), campaignId}};
    if (externalSendId.isString())
        metadata.insert(QStringLiteral("external_send_id"), externalSendId);
    QJsonObject postbackMetadata = metadata;
    if (emailable) {
        for (const char *key : {"received_at", "enqueued_at", "executed_at", "sent_at"})
            postbackMetadata.insert(QLatin1String(key), now);
    } else {
        postbackMetadata.insert(QStringLiteral("aborted_at"), now);
        postbackMetadata.insert(QStringLiteral("reason"), QStringLiteral("User not emailable"));
    }
    const QString dispatchId = d.value(QLatin1String("dispatch_id")).toString();
    if (!call.config.transactionalPostbackUrl.isEmpty()) {
        call.postbacks.append({QUrl(call.config.transactionalPostbackUrl),
                               {{QStringLiteral("dispatch_id"), dispatchId}, {QStringLiteral("status"), status},
                                {QStringLiteral("metadata"), postbackMetadata}}});
    }
    return SandboxReply::success(201, {{QStringLiteral("dispatch_id"), dispatchId}, {QStringLiteral("status"), status},
                                       {QStringLiteral("metadata"), metadata}});
}

} // namespace

void EndpointFamilies::addTransactional(EndpointTable &table)
{
    table.add(QStringLiteral("/transactional/v1/campaigns/{campaign_id}/send"),
              {"POST", QStringLiteral("transactional.send"), QLatin1String(RateLimiter::Unlimited), false, send});
}

} // namespace Sandbox
