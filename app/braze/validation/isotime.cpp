#include "braze/validation/isotime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace Braze::Validation {

QString isoTimeProblem(const QString &time, TimeZoneRule zone)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    const QString example = QStringLiteral("2025-04-01T09:00:00Z");
    if (time.isEmpty())
        return QCoreApplication::translate("Validation", "The time is empty; write it in ISO 8601, e.g. %1.").arg(example);
    const QRegularExpressionMatch match = pattern.match(time);
    if (!match.hasMatch())
        return QCoreApplication::translate("Validation", "“%1” is not an ISO 8601 time; write it like %2.").arg(time, example);

    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return QCoreApplication::translate("Validation", "“%1” names a day that does not exist.").arg(time);
    if (date.year() > 3000)
        return QCoreApplication::translate("Validation", "“%1” is after the year 3000; Braze would store it as text, not as a time.").arg(time);
    const bool hasClock = !match.captured(4).isEmpty();
    if (hasClock) {
        const int hour = match.captured(4).toInt();
        const int minute = match.captured(5).toInt();
        const int second = match.captured(6).isEmpty() ? 0 : match.captured(6).toInt();
        if (hour > 23 || minute > 59 || second > 59)
            return QCoreApplication::translate("Validation", "“%1” has an impossible time of day.").arg(time);
    }
    const QString designator = match.captured(8);
    if (!designator.isEmpty() && designator != QLatin1String("Z")) {
        const QString digits = QString(designator).remove(QLatin1Char(':'));
        if (digits.mid(1, 2).toInt() > 14 || digits.mid(3, 2).toInt() > 59)
            return QCoreApplication::translate("Validation", "“%1” has an impossible time zone offset.").arg(time);
    }
    if (zone == TimeZoneRule::Required && (designator.isEmpty() || !hasClock))
        return QCoreApplication::translate("Validation", "“%1” has no time zone: add “Z” for UTC, e.g. %2.").arg(time, example);
    if (zone == TimeZoneRule::Forbidden && !designator.isEmpty())
        return QCoreApplication::translate("Validation", "“%1”: a time in the user's local time zone must not name a zone. Remove “%2”.").arg(time, designator);
    return {};
}

QString toIsoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace Braze::Validation
