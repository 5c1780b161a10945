#pragma once

#include <QDateTime>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace Liquid {

// The part of Ruby's Time.parse that templates meet: ISO 8601 ("2021-06-15T14:30:00Z",
// "2021-06-03 17:13:41 UTC", "2016-03-14 10:00:00.5 +02:00"), RFC 2822 ("Mon, 14 Mar 2016
// 10:00:00 +0000"), month names ("March 14, 2016", "14 Mar 2016 9:30 pm", "Mar 14"), slash
// dates ("2016/03/14", "14/03/2016" — day first, as Ruby reads them) and a bare time ("10:30").
// Missing parts come from `today` (date) or midnight (time). A string without an offset or zone
// name is read in `zone`; "Z"/"UTC"/"GMT" give a UTC time, offsets and US/European zone
// abbreviations a fixed-offset time. nullopt when the text holds no date (Ruby's ArgumentError).
std::optional<QDateTime> parseRubyTime(QStringView text, const QTimeZone &zone, const QDate &today);

// QDateTime is much faster with Qt::UTC than with a UTC QTimeZone; both print the same here.
bool isUtcZone(const QTimeZone &zone);
QDateTime toZone(const QDateTime &time, const QTimeZone &zone);

// "America/Chicago", "UTC", "+05:30", "-0500", "-05": the zone Braze's time_zone filter accepts.
std::optional<QTimeZone> parseZoneName(QStringView name);

} // namespace Liquid
