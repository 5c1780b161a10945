#include "sandbox/messagingvalidation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sandbox {

namespace MessagingValidation {

namespace {

const QStringList &channels()
{
    static const QStringList names{QStringLiteral("apple_push"), QStringLiteral("android_push"), QStringLiteral("kindle_push"),
                                   QStringLiteral("web_push"), QStringLiteral("email"), QStringLiteral("webhook"),
                                   QStringLiteral("content_card"), QStringLiteral("sms")};
    return names;
}

QString checkChannel(const QString &channel, const QJsonObject &m)
{
    const auto missing = [](const char *field) { return QStringLiteral("Bad Request: '%1' is required.").arg(QLatin1String(field)); };
    if (channel == QLatin1String("email")) {
        if (!m.value(QLatin1String("app_id")).isString())
            return missing("email.app_id");
        if (!m.value(QLatin1String("from")).isString())
            return missing("email.from");
        if (!m.value(QLatin1String("body")).isString() && !m.value(QLatin1String("email_template_id")).isString())
            return missing("email.body");
    } else if (channel == QLatin1String("webhook")) {
        if (!m.value(QLatin1String("url")).isString())
            return missing("webhook.url");
        static const QStringList methods{QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("DELETE"), QStringLiteral("GET")};
        if (!methods.contains(m.value(QLatin1String("request_method")).toString()))
            return QStringLiteral("Bad Request: 'webhook.request_method' must be POST, PUT, DELETE or GET.");
    } else if (channel == QLatin1String("sms")) {
        if (!m.value(QLatin1String("body")).isString())
            return missing("sms.body");
    } else if (channel.endsWith(QLatin1String("_push"))) {
        if (m.contains(QLatin1String("extra")) && !m.value(QLatin1String("extra")).isObject())
            return QStringLiteral("Invalid Extra Push Payload");
        const qsizetype size = QJsonDocument(m).toJson(QJsonDocument::Compact).size();
        if (channel == QLatin1String("apple_push") && size > 1912)
            return QStringLiteral("Apple Push Length Exceeded");
        if (channel == QLatin1String("android_push") && size > 4000)
            return QStringLiteral("Android Push Length Exceeded");
    }
    return {};
}

} // namespace

QString checkMessages(const QJsonValue &messages, const ApiCampaign *campaign, QJsonObject *variations)
{
    const QJsonObject all = messages.toObject();
    if (!messages.isObject() || all.isEmpty())
        return QStringLiteral("No message to send");
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!channels().contains(it.key()))
            return QStringLiteral("Bad Request: '%1' is not a messaging object.").arg(it.key());
        if (!it.value().isObject())
            return QStringLiteral("Bad Request: '%1' must be an object.").arg(it.key());
        const QJsonObject m = it.value().toObject();
        const QString variationId = m.value(QLatin1String("message_variation_id")).toString();
        if (campaign) {
            if (variationId.isEmpty())
                return QStringLiteral("Message Variant Unspecified");
            const MessageVariation *v = campaign->variation(variationId);
            if (!v)
                return QStringLiteral("Invalid Message Variant");
            if (v->channel != it.key())
                return QStringLiteral("Mismatched Message Type");
        }
        const QString error = checkChannel(it.key(), m);
        if (!error.isEmpty())
            return error;
        variations->insert(variationId.isEmpty() ? it.key() : variationId, it.key());
    }
    return {};
}

QString checkAudience(const QJsonObject &body, const SandboxState &state, Audience *audience)
{
    const QJsonValue broadcast = body.value(QLatin1String("broadcast"));
    if (!broadcast.isUndefined() && !broadcast.isBool())
        return QStringLiteral("Bad Request: 'broadcast' must be true or false.");
    audience->broadcast = broadcast.toBool();
    const QJsonValue ids = body.value(QLatin1String("external_user_ids"));
    if (!ids.isUndefined()) {
        if (!ids.isArray())
            return QStringLiteral("Bad Request: 'external_user_ids' must be an array of strings.");
        for (const auto &v : ids.toArray()) {
            if (!v.isString())
                return QStringLiteral("Bad Request: 'external_user_ids' must be an array of strings.");
            audience->externalUserIds << v.toString();
        }
    }
    audience->aliasCount = int(body.value(QLatin1String("user_aliases")).toArray().size());
    if (audience->externalUserIds.size() + audience->aliasCount > MaxRecipients)
        return QStringLiteral("The max number of external_ids and aliases per request was exceeded");
    audience->segmentId = body.value(QLatin1String("segment_id")).toString();
    audience->hasAudienceFilter = body.value(QLatin1String("audience")).isObject();
    const bool individuals = !audience->externalUserIds.isEmpty() || audience->aliasCount > 0;
    if (audience->broadcast && individuals)
        return QStringLiteral("Bad Request: 'broadcast' cannot be combined with a list of recipients.");
    if (!individuals && audience->segmentId.isEmpty() && !audience->hasAudienceFilter)
        return QStringLiteral("No Recipients");
    if (!audience->segmentId.isEmpty() && !state.segment(audience->segmentId))
        return QStringLiteral("Bad Request: no segment has the id '%1'.").arg(audience->segmentId);
    if (!individuals && !audience->broadcast)
        return QStringLiteral("Bad Request: set 'broadcast' to true to send to a whole segment or audience.");
    return {};
}

int recipientCount(const Audience &audience, SandboxState &state)
{
    if (!audience.externalUserIds.isEmpty() || audience.aliasCount > 0) {
        int existing = audience.aliasCount;
        for (const QString &id : audience.externalUserIds)
            existing += state.byExternalId(id) != nullptr;
        return existing;
    }
    const Segment *segment = state.segment(audience.segmentId);
    return segment ? segment->size : int(state.users.size());
}

QString checkCampaign(const QJsonObject &body, const SandboxState &state, const ApiCampaign **campaign)
{
    *campaign = nullptr;
    const QJsonValue id = body.value(QLatin1String("campaign_id"));
    if (id.isUndefined())
        return {};
    *campaign = state.campaign(id.toString());
    return *campaign ? QString() : QStringLiteral("Invalid Campaign ID");
}

} // namespace MessagingValidation

} // namespace Sandbox
