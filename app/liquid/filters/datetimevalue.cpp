#include "liquid/filters/datetimevalue.h"

#include "liquid/filters/rubystrftime.h"
#include "liquid/filters/rubytimeparser.h"

namespace Liquid {

Value DateTimeDrop::property(QStringView key) const
{
    Q_UNUSED(key);
    return Value();
}

QString DateTimeDrop::toString() const
{
    return rubyTimeToString(m_time);
}

Value makeDateTimeValue(const QDateTime &time)
{
    return Value(std::shared_ptr<Drop>(std::make_shared<DateTimeDrop>(time)));
}

static bool isUnsignedDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

std::optional<QDateTime> toLiquidDate(const Value &input, const FilterContext &ctx)
{
    const QTimeZone &zone = ctx.timeZone();
    switch (input.type()) {
    case Value::Type::Drop:
        if (const auto *time = dynamic_cast<const DateTimeDrop *>(input.drop()))
            return time->dateTime();
        return std::nullopt;
    case Value::Type::Int: {
        const QDateTime t = toZone(QDateTime::fromSecsSinceEpoch(input.intValue(), Qt::UTC), zone);
        return t.isValid() ? std::optional<QDateTime>(t) : std::nullopt;
    }
    case Value::Type::String: {
        const QString &s = input.stringValue();
        if (s.isEmpty())
            return std::nullopt;
        if (s.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0
            || s.compare(QLatin1String("today"), Qt::CaseInsensitive) == 0)
            return toZone(ctx.now(), zone);
        // Unsigned digits only: the suite expects "-1152098955" to stay text.
        if (isUnsignedDigits(s)) {
            bool ok = false;
            const qint64 seconds = s.toLongLong(&ok);
            const QDateTime t = toZone(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC), zone);
            return ok && t.isValid() ? std::optional<QDateTime>(t) : std::nullopt;
        }
        return parseRubyTime(s, zone, toZone(ctx.now(), zone).date());
    }
    default:
        return std::nullopt;
    }
}

} // namespace Liquid
