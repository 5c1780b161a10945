// /messages/schedule/create|update|delete, /messages/send and /campaigns/trigger/send
// (braze-api.md §11.15-11.19). Nothing is delivered: each accepted call is recorded as a
// dispatch, readable at GET /_sandbox/sent and counted by /sends/data_series.
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/dispatches.h"
#include "sandbox/messagingvalidation.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"
#include "sandbox/triggerrecipients.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

using namespace MessagingValidation;
using Dispatches::checkSchedule;
using Dispatches::record;

SandboxReply bad(const QString &text)
{
    return SandboxReply::message(400, text);
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
    QJsonObject &d = record(call, scheduled ? QStringLiteral("scheduled_message") : QStringLiteral("message_send"),
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

SandboxReply triggerSend(ApiCall &call)
{
    const QJsonObject &b = call.body;
    const QJsonValue campaignId = b.value(QLatin1String("campaign_id"));
    if (!campaignId.isString())
        return bad(QStringLiteral("Bad Request: 'campaign_id' is required."));
    const ApiCampaign *campaign = call.state.campaign(campaignId.toString());
    if (!campaign || !campaign->apiTriggered)
        return bad(QStringLiteral("Invalid Campaign ID"));
    const QString error = TriggerRecipients::check(b, call.state);
    if (!error.isEmpty())
        return bad(error);
    const bool broadcast = b.value(QLatin1String("broadcast")).toBool();
    const QJsonArray reached = TriggerRecipients::reach(call, TriggerRecipients::Kind::Campaign);
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
    QJsonObject &d = record(call, QStringLiteral("campaign_trigger"), campaign->id, sendId, variations, reached, count, call.nowMs);
    QJsonObject result{{QStringLiteral("dispatch_id"), d.value(QLatin1String("dispatch_id"))}};
    if (broadcast)
        result.insert(QStringLiteral("send_id"), sendId);
    return SandboxReply::success(201, result);
}

} // namespace

void EndpointFamilies::addMessaging(EndpointTable &table)
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

} // namespace Sandbox
