#pragma once

#include "liquid/filter.h"

#include <optional>

namespace Liquid {

// A point in time carried through a filter chain with its zone, as Ruby's Time objects are:
// `'now' | time_zone: 'America/Chicago' | date: '%H %Z'` keeps "CST" instead of reparsing a
// string. Prints as Ruby's Time#to_s ("2021-06-03 12:13:41 -0500").
class DateTimeDrop : public Drop
{
public:
    explicit DateTimeDrop(const QDateTime &time) : m_time(time) {}
    const QDateTime &dateTime() const { return m_time; }
    Value property(QStringView key) const override;
    QString toString() const override;

private:
    QDateTime m_time;
};

Value makeDateTimeValue(const QDateTime &time);

// Liquid's Utils.to_date: a time value, "now"/"today" (the render's now), an integer or a
// digits-only string (Unix seconds), or any text Time.parse reads. Zone-less input is read in
// the render's time zone. nullopt when the input is not a date.
std::optional<QDateTime> toLiquidDate(const Value &input, const FilterContext &ctx);

} // namespace Liquid
