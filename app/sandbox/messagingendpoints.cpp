// /messages/schedule/create|update|delete, /messages/send and /campaigns/trigger/send
// (braze-api.md §11.15-11.19). Nothing is delivered: each accepted call is recorded as a
// dispatch, readable at GET /_sandbox/sent and counted by /sends/data_series.
#include "sandbox/attributeapplier.h"
#include "sandbox/endpoints.h"
#include "sandbox/endpointtable.h"
#include "sandbox/messagingvalidation.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"

#include <QJsonArray>

namespace {

using namespace MessagingValidation;

SandboxReply bad(const QString &text)
{
    return SandboxReply::message(400, text);
}

QJsonObject recordedRequest(const QJsonObject &body)
{
    QJsonObject copy = body;
    copy.remove(QStringLiteral("api_key"));     // never keep a credential
    return copy;
}

QJsonObject &recordDispatch(ApiCall &call, const QString &kind, const QString &campaignId, const QString &sendId,
                            const QJsonObject &variations, const QJsonArray &recipients, int recipientCount, qint64 sendAtMs)
{
    call.state.dispatches.append({{QStringLiteral("kind"), kind},
                                  {QStringLiteral("dispatch_id"), call.state.newHexId(32)},
                                  {QStringLiteral("campaign_id"), campaignId},
                                  {QStringLiteral("send_id"), sendId},
                                  {QStringLiteral("status"), QStringLiteral("sent")},
                                  {QStringLiteral("variations"), variations},
                                  {QStringLiteral("recipients"), recipients},
                                  {QStringLiteral("recipient_count"), recipientCount},
                                  {QStringLiteral("created_at"), RequestValidation::isoTime(call.nowMs)},
                                  {QStringLiteral("send_at"), RequestValidation::isoTime(sendAtMs)},
                                  {QStringLiteral("send_at_ms"), double(sendAtMs)},
                                  {QStringLiteral("request"), recordedRequest(call.body)}});
    call.stateChanged = true;
    return call.state.dispatches.last();
}

// schedule: {"time" (required), "in_local_time", "at_optimal_time"}; returns the send time.
QString checkSchedule(const QJsonValue &schedule, qint64 nowMs, qint64 *sendAtMs)
{
    if (!schedule.isObject())
        return QStringLiteral("Bad Request: 'schedule' is required.");
    const QJsonObject s = schedule.toObject();
    const auto time = RequestValidation::parseTime(s.value(QLatin1String("time")).toString());
    if (!time)
        return QStringLiteral("Bad Request: cannot parse 'schedule.time'; use ISO 8601, for example 2025-04-01T09:00:00Z.");
    *sendAtMs = time->toMSecsSinceEpoch();
    // The last zone to reach a local time is UTC-12: past there means past everywhere.
    if (s.value(QLatin1String("in_local_time")).toBool() && *sendAtMs + 12LL * 3600 * 1000 < nowMs)
        return QStringLiteral("Bad Request: 'in_local_time' is true but the time has already passed in every time zone.");
    return {};
}

QJsonArray recipientList(const Audience &audience)
{
    return QJsonArray::fromStringList(audience.externalUserIds);
}

// Shared by /messages/send and /messages/schedule/create.
SandboxReply sendOrSchedule(ApiCall &call, bool scheduled)
{
    const QJsonObject &b = call.body;
    const ApiCampaign *campaign = nullptr;
    QString error = checkCampaign(b, call.state, &campaign);
    Audience audience;
    if (error.isEmpty())
        error = checkAudience(b, call.state, &audience);
    QJsonObject variations;
    if (error.isEmpty())
        error = checkMessages(b.value(QLatin1String("messages")), campaign, &variations);
    qint64 sendAt = call.nowMs;
    if (error.isEmpty() && scheduled)
        error = checkSchedule(b.value(QLatin1String("schedule")), call.nowMs, &sendAt);
    if (!error.isEmpty())
        return bad(error);
    QString sendId = b.value(QLatin1String("send_id")).toString();
    if (sendId.isEmpty() && audience.broadcast && campaign)
        sendId = call.state.newHexId(32);    // broadcasts of API campaigns get one
    QJsonObject &d = recordDispatch(call, scheduled ? QStringLiteral("scheduled_message") : QStringLiteral("message_send"),
                                    campaign ? campaign->id : QString(), sendId, variations, recipientList(audience),
                                    recipientCount(audience, call.state), sendAt);
    QJsonObject result{{QStringLiteral("dispatch_id"), d.value(QLatin1String("dispatch_id"))}};
    if (scheduled) {
        const QString scheduleId = call.state.newHexId(32);
        d.insert(QStringLiteral("schedule_id"), scheduleId);
        d.insert(QStringLiteral("status"), QStringLiteral("scheduled"));
        result.insert(QStringLiteral("schedule_id"), scheduleId);
    } else if (!sendId.isEmpty()) {
        result.insert(QStringLiteral("send_id"), sendId);
    }
    return SandboxReply::success(201, result);
}

SandboxReply scheduleCreate(ApiCall &call)
{
    return sendOrSchedule(call, true);
}

SandboxReply messagesSend(ApiCall &call)
{
    return sendOrSchedule(call, false);
}

QJsonObject *scheduledMessage(ApiCall &call, QString *error)
{
    const QString id = call.body.value(QLatin1String("schedule_id")).toString();
    if (id.isEmpty()) {
        *error = QStringLiteral("Bad Request: 'schedule_id' is required.");
        return nullptr;
    }
    QJsonObject *d = call.state.dispatchBySchedule(id);
    if (!d || d->value(QLatin1String("status")).toString() == QLatin1String("deleted"))
        *error = QStringLiteral("Bad Request: no scheduled message has the schedule_id '%1'.").arg(id);
    return *error == QString() ? d : nullptr;
}

SandboxReply scheduleUpdate(ApiCall &call)
{
    QString error;
    QJsonObject *d = scheduledMessage(call, &error);
    if (!d)
        return bad(error);
    const QJsonObject &b = call.body;
    if (!b.contains(QLatin1String("schedule")) && !b.contains(QLatin1String("messages")))
        return bad(QStringLiteral("Bad Request: send 'schedule', 'messages' or both."));
    qint64 sendAt = qint64(d->value(QLatin1String("send_at_ms")).toDouble());
    if (b.contains(QLatin1String("schedule"))) {
        error = checkSchedule(b.value(QLatin1String("schedule")), call.nowMs, &sendAt);
        if (!error.isEmpty())
            return bad(error);
    }
    QJsonObject variations = d->value(QLatin1String("variations")).toObject();
    if (b.contains(QLatin1String("messages"))) {
        variations = {};
        error = checkMessages(b.value(QLatin1String("messages")), call.state.campaign(d->value(QLatin1String("campaign_id")).toString()),
                              &variations);
        if (!error.isEmpty())
            return bad(error);
    }
    QJsonObject request = d->value(QLatin1String("request")).toObject();
    for (const char *key : {"schedule", "messages"}) {
        if (b.contains(QLatin1String(key)))
            request.insert(QLatin1String(key), b.value(QLatin1String(key)));
    }
    d->insert(QStringLiteral("request"), request);
    d->insert(QStringLiteral("variations"), variations);
    d->insert(QStringLiteral("send_at"), RequestValidation::isoTime(sendAt));
    d->insert(QStringLiteral("send_at_ms"), double(sendAt));
    d->insert(QStringLiteral("updated_at"), RequestValidation::isoTime(call.nowMs));
    call.stateChanged = true;
    return SandboxReply::success(201);
}

SandboxReply scheduleDelete(ApiCall &call)
{
    QString error;
    QJsonObject *d = scheduledMessage(call, &error);
    if (!d)
        return bad(error);
    d->insert(QStringLiteral("status"), QStringLiteral("deleted"));
    d->insert(QStringLiteral("updated_at"), RequestValidation::isoTime(call.nowMs));
    call.stateChanged = true;
    return SandboxReply::success(201);
}

// One recipient of /campaigns/trigger/send; empty on success.
QString checkRecipient(const QJsonValue &value)
{
    const QJsonObject r = value.toObject();
    const int identifiers = int(r.contains(QLatin1String("external_user_id"))) + int(r.contains(QLatin1String("user_alias")))
        + int(r.contains(QLatin1String("email")));
    if (!value.isObject() || identifiers != 1)
        return QStringLiteral("Bad Request: each recipient needs exactly one of 'external_user_id', 'user_alias' or 'email'.");
    if (r.contains(QLatin1String("user_alias")) && !RequestValidation::parseAlias(r.value(QLatin1String("user_alias"))))
        return QStringLiteral("Bad Request: 'user_alias' needs 'alias_name' and 'alias_label'.");
    if (r.contains(QLatin1String("trigger_properties")) && !r.value(QLatin1String("trigger_properties")).isObject())
        return QStringLiteral("Bad Request: 'trigger_properties' must be an object.");
    const bool existingOnly = r.value(QLatin1String("send_to_existing_only")).toBool(true);
    if (!existingOnly && r.contains(QLatin1String("user_alias")))
        return QStringLiteral("Bad Request: 'send_to_existing_only' false cannot be used with 'user_alias'.");
    if (!existingOnly && !r.value(QLatin1String("attributes")).isObject())
        return QStringLiteral("Bad Request: 'send_to_existing_only' false requires 'attributes'.");
    if (r.contains(QLatin1String("attributes")) && !r.value(QLatin1String("attributes")).isObject())
        return QStringLiteral("Bad Request: 'attributes' must be an object.");
    return {};
}

SandboxReply triggerSend(ApiCall &call)
{
    const QJsonObject &b = call.body;
    const QJsonValue campaignId = b.value(QLatin1String("campaign_id"));
    if (!campaignId.isString())
        return bad(QStringLiteral("Bad Request: 'campaign_id' is required."));
    const ApiCampaign *campaign = call.state.campaign(campaignId.toString());
    if (!campaign || !campaign->apiTriggered)
        return bad(QStringLiteral("Invalid Campaign ID"));
    if (b.contains(QLatin1String("trigger_properties")) && !b.value(QLatin1String("trigger_properties")).isObject())
        return bad(QStringLiteral("Bad Request: 'trigger_properties' must be an object."));
    const QJsonArray recipients = b.value(QLatin1String("recipients")).toArray();
    const bool broadcast = b.value(QLatin1String("broadcast")).toBool();
    if (recipients.size() > MaxRecipients)
        return bad(QStringLiteral("The max number of external_ids and aliases per request was exceeded"));
    if (broadcast && !recipients.isEmpty())
        return bad(QStringLiteral("Bad Request: 'broadcast' cannot be combined with 'recipients'."));
    if (broadcast && b.contains(QLatin1String("attachments")))
        return bad(QStringLiteral("Bad Request: 'attachments' cannot be used with 'broadcast'."));
    if (!broadcast && recipients.isEmpty() && !b.value(QLatin1String("audience")).isObject())
        return bad(QStringLiteral("No Recipients"));
    for (const auto &r : recipients) {
        const QString error = checkRecipient(r);
        if (!error.isEmpty())
            return bad(error);
    }
    AttributeApplier applier(call.state);
    for (const auto &r : recipients) {
        const QJsonObject attributes = r.toObject().value(QLatin1String("attributes")).toObject();
        const QString error = applier.validate(attributes);
        if (!error.isEmpty())
            return bad(QStringLiteral("Bad Request: ") + error);
    }

    QJsonArray reached;
    for (const auto &value : recipients) {
        const QJsonObject r = value.toObject();
        SandboxUser *user = nullptr;
        if (r.contains(QLatin1String("external_user_id"))) {
            const QString id = r.value(QLatin1String("external_user_id")).toString();
            user = call.state.byExternalId(id);
            if (!user && !r.value(QLatin1String("send_to_existing_only")).toBool(true)) {
                user = &call.state.createUser(call.nowMs, call.config.profileReadyDelayMs);
                call.state.setExternalId(*user, id);
            }
        } else if (r.contains(QLatin1String("user_alias"))) {
            user = call.state.byAlias(*RequestValidation::parseAlias(r.value(QLatin1String("user_alias"))));
        } else {
            user = SandboxState::preferred(call.state.byEmail(r.value(QLatin1String("email")).toString()));
        }
        if (!user)
            continue;   // unknown recipients are skipped; the call still succeeds
        if (r.contains(QLatin1String("attributes")))
            applier.apply(*user, r.value(QLatin1String("attributes")).toObject(), call.nowMs);
        QJsonObject properties = b.value(QLatin1String("trigger_properties")).toObject();
        const QJsonObject own = r.value(QLatin1String("trigger_properties")).toObject();
        for (auto it = own.begin(); it != own.end(); ++it)
            properties.insert(it.key(), it.value());    // per-recipient keys win
        reached.append(QJsonObject{{QStringLiteral("braze_id"), user->brazeId}, {QStringLiteral("external_id"), user->externalId},
                                   {QStringLiteral("trigger_properties"), properties}});
    }
    QJsonObject variations;
    for (const auto &v : campaign->variations) {
        variations.insert(v.id, v.channel);
        break;      // stats count each recipient once, under the first variation
    }
    QString sendId = b.value(QLatin1String("send_id")).toString();
    if (sendId.isEmpty() && broadcast)
        sendId = call.state.newHexId(32);
    const Segment *segment = call.state.segment(campaign->segmentId);
    const int count = broadcast ? (segment ? segment->size : int(call.state.users.size())) : int(reached.size());
    QJsonObject &d = recordDispatch(call, QStringLiteral("campaign_trigger"), campaign->id, sendId, variations, reached, count, call.nowMs);
    QJsonObject result{{QStringLiteral("dispatch_id"), d.value(QLatin1String("dispatch_id"))}};
    if (broadcast)
        result.insert(QStringLiteral("send_id"), sendId);
    return SandboxReply::success(201, result);
}

} // namespace

void Endpoints::addMessaging(EndpointTable &table)
{
    const QString bucket = QLatin1String(RateLimiter::Default);
    table.add(QStringLiteral("/messages/schedule/create"),
              {"POST", QStringLiteral("messages.schedule.create"), bucket, false, scheduleCreate});
    table.add(QStringLiteral("/messages/schedule/update"),
              {"POST", QStringLiteral("messages.schedule.update"), bucket, false, scheduleUpdate});
    table.add(QStringLiteral("/messages/schedule/delete"),
              {"POST", QStringLiteral("messages.schedule.delete"), bucket, false, scheduleDelete});
    table.add(QStringLiteral("/messages/send"), {"POST", QStringLiteral("messages.send"), bucket, true, messagesSend});
    table.add(QStringLiteral("/campaigns/trigger/send"),
              {"POST", QStringLiteral("campaigns.trigger.send"), bucket, true, triggerSend});
}
