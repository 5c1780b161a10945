// POST /canvas/trigger/send, /campaigns/trigger/schedule/create|update|delete,
// /canvas/trigger/schedule/create|update|delete and GET /messages/scheduled_broadcasts
// (braze-api-more.md §2.1-§2.8). Triggers are recorded as dispatches; scheduled ones stay
// "scheduled" (listed by scheduled_broadcasts) until updated or deleted.
#include "sandbox/dispatches.h"
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"
#include "sandbox/triggerrecipients.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sandbox {

namespace {

using TriggerRecipients::Kind;

constexpr qsizetype MaxContextBytes = 50 * 1024;

SandboxReply bad(const QString &text)
{
    return SandboxReply::message(400, text);
}

const char *idKey(Kind kind)
{
    return kind == Kind::Campaign ? "campaign_id" : "canvas_id";
}

// The campaign or Canvas a trigger names: it must exist and use API-triggered delivery.
QString checkTarget(ApiCall &call, Kind kind, QString *name)
{
    const QJsonValue id = call.body.value(QLatin1String(idKey(kind)));
    if (!id.isString() || id.toString().isEmpty())
        return QStringLiteral("Bad Request: '%1' is required.").arg(QLatin1String(idKey(kind)));
    if (kind == Kind::Campaign) {
        const ApiCampaign *campaign = call.state.campaign(id.toString());
        if (!campaign || !campaign->apiTriggered)
            return QStringLiteral("Invalid Campaign ID");
        *name = campaign->name;
    } else {
        const Canvas *canvas = call.state.canvas(id.toString());
        if (!canvas || !canvas->apiTriggered)
            return QStringLiteral("Invalid Canvas ID");
        *name = canvas->name;
    }
    return {};
}

QString checkTrigger(ApiCall &call, Kind kind, QString *name)
{
    QString error = checkTarget(call, kind, name);
    if (error.isEmpty())
        error = TriggerRecipients::check(call.body, call.state);
    const QJsonObject properties = TriggerRecipients::properties(call.body, kind);
    if (error.isEmpty() && QJsonDocument(properties).toJson(QJsonDocument::Compact).size() > MaxContextBytes)
        error = QStringLiteral("Bad Request: '%1' must be smaller than 50 KB.")
                    .arg(QLatin1String(kind == Kind::Campaign ? "trigger_properties" : "context"));
    return error;
}

// How many profiles a trigger reaches: the recipients found, or the audience of a broadcast.
int reachedCount(ApiCall &call, const QJsonArray &reached)
{
    return call.body.value(QLatin1String("broadcast")).toBool() ? int(call.state.users.size()) : int(reached.size());
}

SandboxReply canvasSend(ApiCall &call)
{
    QString name;
    const QString error = checkTrigger(call, Kind::Canvas, &name);
    if (!error.isEmpty())
        return bad(error);
    const Canvas *canvas = call.state.canvas(call.body.value(QLatin1String("canvas_id")).toString());
    // A stopped or archived Canvas accepts the trigger but nobody enters it.
    QString notice;
    if (canvas->archived)
        notice = QStringLiteral("The Canvas is archived. Unarchive the Canvas to ensure trigger requests will take effect.");
    else if (!canvas->enabled)
        notice = QStringLiteral("The Canvas is paused. Resume the Canvas to ensure trigger requests will take effect.");
    const QJsonArray reached = notice.isEmpty() ? TriggerRecipients::reach(call, Kind::Canvas) : QJsonArray();
    // Entering is what a later users/export/ids shows (canvases_received).
    for (const QJsonValue &r : reached) {
        if (SandboxUser *user = call.state.byBrazeId(r.toObject().value(QLatin1String("braze_id")).toString())) {
            user->enterCanvas(canvas->id, canvas->name, RequestValidation::exportTime(call.nowMs));
            call.stateChanged = true;
        }
    }
    QJsonObject &d = Dispatches::record(call, QStringLiteral("canvas_trigger"), QString(), QString(), {}, reached,
                                        notice.isEmpty() ? reachedCount(call, reached) : 0, call.nowMs);
    d.insert(QStringLiteral("canvas_id"), canvas->id);
    if (!notice.isEmpty())
        d.insert(QStringLiteral("status"), QStringLiteral("not_sent"));
    QJsonObject result{{QStringLiteral("dispatch_id"), d.value(QLatin1String("dispatch_id"))}};
    if (!notice.isEmpty())
        result.insert(QStringLiteral("notice"), notice);
    return SandboxReply::success(201, result);
}

QString scheduleKind(Kind kind)
{
    return kind == Kind::Campaign ? QStringLiteral("campaign_trigger_schedule") : QStringLiteral("canvas_trigger_schedule");
}

SandboxReply scheduleCreate(ApiCall &call, Kind kind)
{
    QString name;
    QString error = checkTrigger(call, kind, &name);
    qint64 sendAt = 0;
    if (error.isEmpty())
        error = Dispatches::checkSchedule(call.body.value(QLatin1String("schedule")), call.nowMs, &sendAt);
    if (!error.isEmpty())
        return bad(error);
    const QString id = call.body.value(QLatin1String(idKey(kind))).toString();
    const QJsonArray recipients = call.body.value(QLatin1String("recipients")).toArray();
    QJsonObject &d = Dispatches::record(call, scheduleKind(kind), kind == Kind::Campaign ? id : QString(),
                                        call.body.value(QLatin1String("send_id")).toString(), {}, recipients,
                                        int(recipients.size()), sendAt);
    const QString scheduleId = call.state.newHexId(32);
    d.insert(QLatin1String(idKey(kind)), id);
    d.insert(QStringLiteral("name"), name);
    d.insert(QStringLiteral("schedule_id"), scheduleId);
    d.insert(QStringLiteral("schedule"), call.body.value(QLatin1String("schedule")));
    d.insert(QStringLiteral("status"), QStringLiteral("scheduled"));
    return SandboxReply::success(201, {{QStringLiteral("dispatch_id"), d.value(QLatin1String("dispatch_id"))},
                                       {QStringLiteral("schedule_id"), scheduleId}});
}

// The scheduled trigger a body's (campaign_id | canvas_id, schedule_id) names.
QJsonObject *scheduledTrigger(ApiCall &call, Kind kind, QString *error)
{
    const QString id = call.body.value(QLatin1String(idKey(kind))).toString();
    const QString scheduleId = call.body.value(QLatin1String("schedule_id")).toString();
    if (id.isEmpty())
        *error = QStringLiteral("Bad Request: '%1' is required.").arg(QLatin1String(idKey(kind)));
    else if (scheduleId.isEmpty())
        *error = QStringLiteral("Bad Request: 'schedule_id' is required.");
    if (!error->isEmpty())
        return nullptr;
    QJsonObject *d = call.state.dispatchBySchedule(scheduleId);
    if (!d || d->value(QLatin1String("kind")).toString() != scheduleKind(kind) || d->value(QLatin1String(idKey(kind))).toString() != id
        || d->value(QLatin1String("status")).toString() != QLatin1String("scheduled")) {
        *error = QStringLiteral("Bad Request: no scheduled trigger of %1 '%2' has the schedule_id '%3'.")
                     .arg(QLatin1String(idKey(kind)), id, scheduleId);
        return nullptr;
    }
    return d;
}

SandboxReply scheduleUpdate(ApiCall &call, Kind kind)
{
    QString error;
    QJsonObject *d = scheduledTrigger(call, kind, &error);
    if (!d)
        return bad(error);
    qint64 sendAt = 0;
    error = Dispatches::checkSchedule(call.body.value(QLatin1String("schedule")), call.nowMs, &sendAt);
    if (!error.isEmpty())
        return bad(error);
    // The new schedule replaces the old one completely (in_local_time not sent: UTC again).
    d->insert(QStringLiteral("schedule"), call.body.value(QLatin1String("schedule")));
    d->insert(QStringLiteral("send_at"), RequestValidation::isoTime(sendAt));
    d->insert(QStringLiteral("send_at_ms"), double(sendAt));
    d->insert(QStringLiteral("updated_at"), RequestValidation::isoTime(call.nowMs));
    call.stateChanged = true;
    return SandboxReply::success(201);
}

SandboxReply scheduleDelete(ApiCall &call, Kind kind)
{
    QString error;
    QJsonObject *d = scheduledTrigger(call, kind, &error);
    if (!d)
        return bad(error);
    d->insert(QStringLiteral("status"), QStringLiteral("deleted"));
    d->insert(QStringLiteral("updated_at"), RequestValidation::isoTime(call.nowMs));
    call.stateChanged = true;
    return SandboxReply::success(201);
}

QString scheduleType(const QJsonObject &schedule)
{
    if (schedule.value(QLatin1String("in_local_time")).toBool())
        return QStringLiteral("local_time_zones");
    if (schedule.value(QLatin1String("at_optimal_time")).toBool())
        return QStringLiteral("intelligent_delivery");
    return QStringLiteral("UTC");      // the company's time zone; the sandbox's company is in UTC
}

SandboxReply scheduledBroadcasts(ApiCall &call)
{
    const QString endText = call.request.queryValue(QStringLiteral("end_time"));
    if (endText.isEmpty())
        return bad(QStringLiteral("Bad Request: 'end_time' is required."));
    std::optional<QDateTime> end = RequestValidation::parseTime(endText);
    if (!end)
        return bad(QStringLiteral("Bad Request: cannot parse 'end_time'; use ISO 8601, for example 2025-04-01T00:00:00Z."));
    const qint64 endMs = end->toMSecsSinceEpoch();
    QList<std::pair<qint64, QJsonObject>> found;
    for (const auto &b : std::as_const(call.state.scheduledBroadcasts)) {
        const auto at = RequestValidation::parseTime(b.nextSendTime);
        if (at && at->toMSecsSinceEpoch() >= call.nowMs && at->toMSecsSinceEpoch() <= endMs)
            found.append({at->toMSecsSinceEpoch(), b.toJson()});
    }
    for (const auto &d : std::as_const(call.state.dispatches)) {
        const QString kind = d.value(QLatin1String("kind")).toString();
        const qint64 at = qint64(d.value(QLatin1String("send_at_ms")).toDouble());
        if (d.value(QLatin1String("status")).toString() != QLatin1String("scheduled") || !kind.endsWith(QLatin1String("_trigger_schedule"))
            || at < call.nowMs || at > endMs)
            continue;
        const bool campaign = kind.startsWith(QLatin1String("campaign"));
        const QString id = d.value(QLatin1String(campaign ? "campaign_id" : "canvas_id")).toString();
        QStringList tags;
        if (campaign && call.state.campaign(id))
            tags = call.state.campaign(id)->tags;
        else if (!campaign && call.state.canvas(id))
            tags = call.state.canvas(id)->tags;
        found.append({at, QJsonObject{{QStringLiteral("name"), d.value(QLatin1String("name"))}, {QStringLiteral("id"), id},
                                      {QStringLiteral("type"), campaign ? QStringLiteral("Campaign") : QStringLiteral("Canvas")},
                                      {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                                      {QStringLiteral("next_send_time"), RequestValidation::isoTime(at)},
                                      {QStringLiteral("schedule_type"), scheduleType(d.value(QLatin1String("schedule")).toObject())}}});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray list;
    for (const auto &f : std::as_const(found))
        list.append(f.second);
    return SandboxReply::success(200, {{QStringLiteral("scheduled_broadcasts"), list}});
}

} // namespace

void EndpointFamilies::addTriggers(EndpointTable &table)
{
    const QString bucket = QLatin1String(RateLimiter::Default);
    table.add(QStringLiteral("/canvas/trigger/send"), {"POST", QStringLiteral("canvas.trigger.send"), bucket, true, canvasSend});
    for (const Kind kind : {Kind::Campaign, Kind::Canvas}) {
        const QString prefix = kind == Kind::Campaign ? QStringLiteral("campaigns") : QStringLiteral("canvas");
        const auto route = [&](const char *action) { return QStringLiteral("/%1/trigger/schedule/%2").arg(prefix, QLatin1String(action)); };
        const auto permission = [&](const char *action) { return QStringLiteral("%1.trigger.schedule.%2").arg(prefix, QLatin1String(action)); };
        table.add(route("create"), {"POST", permission("create"), bucket, false, [kind](ApiCall &c) { return scheduleCreate(c, kind); }});
        table.add(route("update"), {"POST", permission("update"), bucket, false, [kind](ApiCall &c) { return scheduleUpdate(c, kind); }});
        table.add(route("delete"), {"POST", permission("delete"), bucket, false, [kind](ApiCall &c) { return scheduleDelete(c, kind); }});
    }
    table.add(QStringLiteral("/messages/scheduled_broadcasts"),
              {"GET", QStringLiteral("messages.schedule_broadcasts"), bucket, false, scheduledBroadcasts});
}

} // namespace Sandbox
