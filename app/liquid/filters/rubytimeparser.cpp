#include "liquid/filters/rubytimeparser.h"

#include <QRegularExpression>

namespace Liquid {

namespace {

const char *const MonthWords[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const WeekdayWords[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

// Month 1..12 for "mar", "march", "sept"; 0 otherwise.
int monthFromWord(QStringView w)
{
    if (w.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (w.startsWith(QLatin1String(MonthWords[m])))
            return m + 1;
    }
    return 0;
}

bool isWeekdayWord(QStringView w)
{
    if (w.size() < 3)
        return false;
    for (const char *day : WeekdayWords) {
        if (w.startsWith(QLatin1String(day)))
            return true;
    }
    return false;
}

// Zone abbreviations Ruby's Date._parse knows that templates are likely to carry.
std::optional<int> abbreviationOffset(QStringView w)
{
    static const struct { const char *name; int hours; } zones[] = {
        {"utc", 0},  {"gmt", 0},  {"ut", 0},   {"z", 0},    {"est", -5}, {"edt", -4}, {"cst", -6},
        {"cdt", -5}, {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}, {"akst", -9}, {"akdt", -8},
        {"hst", -10}, {"wet", 0}, {"bst", 1},  {"cet", 1},  {"cest", 2}, {"eet", 2},  {"eest", 3},
        {"jst", 9},  {"aest", 10}, {"aedt", 11},
    };
    for (const auto &z : zones) {
        if (w == QLatin1String(z.name))
            return z.hours * 3600;
    }
    return std::nullopt;
}

// "+05:30", "-0500", "+05", "+5": seconds east of UTC.
std::optional<int> offsetFromText(QStringView t)
{
    static const QRegularExpression re(QStringLiteral("^([+-])(\\d{1,2})(?::?(\\d{2}))?(?::?(\\d{2}))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.capturedView(2).toInt(), minutes = m.capturedView(3).toInt();
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60 + m.capturedView(4).toInt();
    return m.capturedView(1) == u'-' ? -seconds : seconds;
}

int fullYear(int year, qsizetype digits)
{
    if (digits <= 2)
        return year + (year >= 69 ? 1900 : 2000);
    return year;
}

struct Parts
{
    int year = 0, month = 0, day = 0;
    bool hasYear = false;
    int hour = -1, minute = 0, second = 0, msec = 0;
    int meridian = 0; // 0 none, 1 am, 2 pm
    bool utc = false;
    std::optional<int> offset;
};

std::optional<QDateTime> build(const Parts &p, const QTimeZone &zone, const QDate &today)
{
    QDate date;
    if (p.month == 0)
        date = today;
    else
        date = QDate(p.hasYear ? p.year : today.year(), p.month, p.day > 0 ? p.day : 1);
    int hour = p.hour < 0 ? 0 : p.hour;
    if (p.meridian != 0) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (p.meridian == 2 ? 12 : 0);
    }
    // Ruby's Time.parse reads 24:00 (ISO 8601's end of day) as midnight of the next day.
    if (hour == 24 && p.minute == 0 && p.second == 0 && p.msec == 0 && p.meridian == 0) {
        hour = 0;
        date = date.addDays(1);
    }
    const QTime time(hour, p.minute, p.second, p.msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (p.utc)
        return QDateTime(date, time, Qt::UTC);
    if (p.offset)
        return QDateTime(date, time, Qt::OffsetFromUTC, *p.offset);
    return isUtcZone(zone) ? QDateTime(date, time, Qt::UTC) : QDateTime(date, time, zone);
}

int millis(QStringView fraction)
{
    return fraction.isEmpty() ? 0 : fraction.left(3).toString().leftJustified(3, QLatin1Char('0')).toInt();
}

bool applyZone(Parts &p, QStringView text)
{
    if (text.isEmpty())
        return true;
    if (text.front() == u'+' || text.front() == u'-') {
        p.offset = offsetFromText(text);
        return p.offset.has_value();
    }
    const QString lower = text.toString().toLower();
    const auto known = abbreviationOffset(lower);
    if (!known)
        return false;
    if (*known == 0 && lower != QLatin1String("wet"))
        p.utc = true;
    else
        p.offset = *known;
    return true;
}

// Reads 1..maxDigits ASCII digits at `i`; -1 when there are none.
int readNumber(QStringView t, qsizetype &i, int maxDigits, qsizetype *count = nullptr)
{
    int value = 0;
    const qsizetype start = i;
    while (i < t.size() && i - start < maxDigits && t[i].unicode() >= '0' && t[i].unicode() <= '9')
        value = value * 10 + (t[i++].unicode() - '0');
    if (count)
        *count = i - start;
    return i == start ? -1 : value;
}

// 2016-03-14, 2016-03-14T10:00, 2021-06-03 17:13:41.123 UTC, 2016-03-14T10:00:00+02:00.
// Hand-written rather than a regex: this is the shape time attributes arrive in.
std::optional<QDateTime> parseIso(QStringView t, const QTimeZone &zone, const QDate &today)
{
    qsizetype i = 0;
    Parts p;
    const bool negative = t[0] == u'-';
    if (t[0] == u'+' || t[0] == u'-')
        ++i;
    qsizetype digits = 0;
    p.year = readNumber(t, i, 5, &digits);
    if (digits < 4 || i >= t.size() || t[i] != u'-')
        return std::nullopt;
    p.year = negative ? -p.year : p.year;
    p.hasYear = true;
    ++i;
    p.month = readNumber(t, i, 2);
    if (p.month < 1 || i >= t.size() || t[i] != u'-')
        return std::nullopt;
    ++i;
    p.day = readNumber(t, i, 2);
    if (p.day < 1)
        return std::nullopt;
    if (i < t.size() && (t[i] == u'T' || t[i] == u't' || t[i].isSpace())) {
        qsizetype j = i + 1;
        while (t[i] != u'T' && t[i] != u't' && j < t.size() && t[j].isSpace())
            ++j;
        const qsizetype before = j;
        const int hour = readNumber(t, j, 2);
        if (hour >= 0 && j < t.size() && t[j] == u':') {
            ++j;
            p.hour = hour;
            p.minute = readNumber(t, j, 2);
            if (p.minute < 0)
                return std::nullopt;
            if (j < t.size() && t[j] == u':') {
                ++j;
                p.second = readNumber(t, j, 2);
                if (p.second < 0)
                    return std::nullopt;
                if (j < t.size() && (t[j] == u'.' || t[j] == u',')) {
                    const qsizetype fracStart = ++j;
                    while (j < t.size() && t[j].isDigit())
                        ++j;
                    p.msec = millis(t.mid(fracStart, j - fracStart));
                }
            }
            i = j;
        } else if (before == i + 1 && (t[i] == u'T' || t[i] == u't')) {
            return std::nullopt;
        }
    }
    while (i < t.size() && t[i].isSpace())
        ++i;
    if (!applyZone(p, t.mid(i)))
        return std::nullopt;
    return build(p, zone, today);
}

} // namespace

std::optional<QDateTime> parseRubyTime(QStringView text, const QTimeZone &zone, const QDate &today)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 200)
        return std::nullopt;
    if (text.front().isDigit() || text.front() == u'+' || text.front() == u'-') {
        if (auto iso = parseIso(text, zone, today))
            return iso;
    }
    // Free form: words, numbers, h:mm[:ss], d/m/y, offsets.
    static const QRegularExpression token(QStringLiteral(
        "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"      // 1-4 time
        "|(\\d+)/(\\d+)(?:/(\\d+))?"                          // 5-7 slash date
        "|(?<=\\d\\s|\\d)([+-]\\d{2}(?::?\\d{2})?)(?!\\d)"   // 8 offset right after a time
        "|(\\d+)(?:st|nd|rd|th)?"                             // 9 number
        "|([A-Za-z]+)\\.?"));                                 // 10 word
    Parts p;
    bool hasDate = false;
    bool sawTime = false;
    QList<QStringView> numbers;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.hasCaptured(1)) {
            if (sawTime)
                return std::nullopt;
            sawTime = true;
            p.hour = m.capturedView(1).toInt();
            p.minute = m.capturedView(2).toInt();
            p.second = m.capturedView(3).toInt();
            p.msec = millis(m.capturedView(4));
        } else if (m.hasCaptured(5)) {
            const QStringView a = m.capturedView(5), b = m.capturedView(6), c = m.capturedView(7);
            hasDate = true;
            if (a.size() >= 3) { // y/m/d
                p.year = a.toInt();
                p.month = b.toInt();
                p.day = c.isEmpty() ? 1 : c.toInt();
                p.hasYear = true;
            } else { // d/m[/y]
                p.day = a.toInt();
                p.month = b.toInt();
                if (!c.isEmpty()) {
                    p.year = fullYear(c.toInt(), c.size());
                    p.hasYear = true;
                }
            }
            if (p.month < 1 || p.day < 1)
                return std::nullopt;
        } else if (m.hasCaptured(8) && sawTime) {
            if (!applyZone(p, m.capturedView(8)))
                return std::nullopt;
        } else if (m.hasCaptured(9)) {
            numbers.append(m.capturedView(9));
        } else if (m.hasCaptured(10)) {
            const QString w = m.capturedView(10).toString().toLower();
            if (const int month = monthFromWord(w); month && p.month == 0) {
                p.month = month;
                hasDate = true;
            } else if (w == QLatin1String("am") || w == QLatin1String("a")) {
                p.meridian = 1;
            } else if (w == QLatin1String("pm") || w == QLatin1String("p")) {
                p.meridian = 2;
            } else if (abbreviationOffset(w)) {
                applyZone(p, w);
            } else if (!isWeekdayWord(w) && w != QLatin1String("t") && w != QLatin1String("m")
                       && w != QLatin1String("at") && w != QLatin1String("of")) {
                return std::nullopt; // words Ruby would not read as a date
            }
        }
    }
    // With a month name: a number up to 31 is the day, a longer one the year.
    for (QStringView n : numbers) {
        const int v = n.toInt();
        if (n.size() > 4 || !hasDate || p.month == 0 || (p.day > 0 && p.hasYear))
            return std::nullopt;
        if (p.day == 0 && n.size() <= 2 && v >= 1 && v <= 31) {
            p.day = v;
        } else if (!p.hasYear) {
            p.year = fullYear(v, n.size());
            p.hasYear = true;
        } else {
            return std::nullopt;
        }
    }
    if (!hasDate && !sawTime)
        return std::nullopt;
    if (p.meridian != 0 && !sawTime)
        return std::nullopt;
    return build(p, zone, today);
}

bool isUtcZone(const QTimeZone &zone)
{
    static const QByteArray utc = QByteArrayLiteral("UTC");
    return zone.id() == utc;
}

QDateTime toZone(const QDateTime &time, const QTimeZone &zone)
{
    return isUtcZone(zone) ? time.toUTC() : time.toTimeZone(zone);
}

std::optional<QTimeZone> parseZoneName(QStringView name)
{
    name = name.trimmed();
    if (name.isEmpty())
        return std::nullopt;
    if (name.front() == u'+' || name.front() == u'-') {
        const auto seconds = offsetFromText(name);
        return seconds ? std::optional<QTimeZone>(QTimeZone(*seconds)) : std::nullopt;
    }
    const QString lower = name.toString().toLower();
    if (lower == QLatin1String("utc") || lower == QLatin1String("gmt") || lower == QLatin1String("z")
        || lower == QLatin1String("etc/utc"))
        return QTimeZone::utc();
    const QTimeZone zone(name.toUtf8());
    if (zone.isValid())
        return zone;
    return std::nullopt;
}

} // namespace Liquid
