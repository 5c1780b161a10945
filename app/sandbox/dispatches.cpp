#include "sandbox/dispatches.h"

#include "sandbox/requestvalidation.h"

namespace Sandbox {

namespace Dispatches {

namespace {
QJsonObject recordedRequest(const QJsonObject &body)
{
    QJsonObject copy = body;
    copy.remove(QStringLiteral("api_key"));     // never keep a credential
    return copy;
}
} // namespace

QJsonObject &record(ApiCall &call, const QString &kind, const QString &campaignId, const QString &sendId,
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

} // namespace Dispatches

} // namespace Sandbox
