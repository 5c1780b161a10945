#pragma once

#include "sandbox/endpointtable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Sandbox {

// What the messaging endpoints record instead of sending: one dispatch per accepted call,
// readable at GET /_sandbox/sent, counted by /sends/data_series and, while scheduled, listed by
// /messages/scheduled_broadcasts.
namespace Dispatches {

// Appends a dispatch of `kind` ("message_send", "campaign_trigger", "canvas_trigger",
// "scheduled_message", "campaign_trigger_schedule", ...) and returns it for further fields.
QJsonObject &record(ApiCall &call, const QString &kind, const QString &campaignId, const QString &sendId,
                    const QJsonObject &variations, const QJsonArray &recipients, int recipientCount, qint64 sendAtMs);

// schedule: {"time" (required), "in_local_time", "at_optimal_time"}; fills the send time and
// returns an empty string, or Braze's 400 text.
QString checkSchedule(const QJsonValue &schedule, qint64 nowMs, qint64 *sendAtMs);

} // namespace Dispatches

} // namespace Sandbox
