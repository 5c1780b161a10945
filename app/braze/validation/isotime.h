#pragma once

#include <QDateTime>
#include <QString>

namespace Braze::Validation {

// Whether an ISO 8601 time may or must carry a zone designator ("Z", "+01:00"). Scheduled
// messages in the user's local time must be sent without one (braze-api.md §11.15).
enum class TimeZoneRule { Optional, Required, Forbidden };

// A date ("2025-04-01") or date-time ("2025-04-01T09:00:00Z", "...T09:00:00.123+01:00") in
// ISO 8601 that denotes a real moment between the years 0 and 3000. Empty result = valid.
QString isoTimeProblem(const QString &time, TimeZoneRule zone = TimeZoneRule::Optional);

// The form the console sends: UTC with "Z" and whole seconds, e.g. 2025-04-01T09:00:00Z.
QString toIsoTime(const QDateTime &time);

} // namespace Braze::Validation
