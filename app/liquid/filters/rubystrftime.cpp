#include "liquid/filters/rubystrftime.h"

#include <QTimeZone>

#include <cstdlib>

namespace Liquid {

namespace {
struct Moment;
}
static QString formatMoment(const Moment &time, QStringView format);

namespace {

const char *const WeekdayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char *const MonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};

// One directive's flags: %-d, %_5m, %^a, %#p, %010s, %:z.
struct Flags
{
    bool noPad = false;
    char16_t pad = 0; // 0: the directive's default
    bool upper = false;
    bool swapCase = false;
    int colons = 0;
    int width = -1;
};

void appendText(QString &out, const QString &text, const Flags &f, bool lowerForSwap = false);

// Names and fixed words: appended without a temporary QString unless a flag changes them.
void appendText(QString &out, QLatin1String text, const Flags &f, bool lowerForSwap = false)
{
    if (!f.upper && !f.swapCase && (f.noPad || f.width <= text.size()))
        out += text;
    else
        appendText(out, QString(text), f, lowerForSwap);
}

void appendText(QString &out, const QString &text, const Flags &f, bool lowerForSwap)
{
    QString t = text;
    if (f.upper || (f.swapCase && !lowerForSwap))
        t = t.toUpper();
    else if (f.swapCase)
        t = t.toLower();
    if (!f.noPad && f.width > t.size())
        out += QString(f.width - t.size(), QChar(f.pad == '0' ? u'0' : u' '));
    out += t;
}

void appendNumber(QString &out, qint64 value, const Flags &f, char16_t defaultPad, int defaultWidth)
{
    // Digits written backwards into a small buffer: no temporary strings per directive.
    char16_t digits[24];
    int n = 0;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        digits[n++] = char16_t('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    const bool negative = value < 0;
    const int width = f.width >= 0 ? f.width : defaultWidth;
    const char16_t pad = f.pad ? f.pad : defaultPad;
    const int fill = f.noPad ? 0 : width - n - (negative ? 1 : 0);
    if (fill > 0 && pad == u' ')
        out.append(QString(fill, QChar(u' ')));
    if (negative)
        out += QLatin1Char('-');
    for (int i = 0; fill > 0 && pad == u'0' && i < fill; ++i)
        out += QLatin1Char('0');
    while (n > 0)
        out += QChar(digits[--n]);
}

// The fields of the time, computed once per format (QDateTime recomputes them on every call).
struct Moment
{
    explicit Moment(const QDateTime &t) : time(t), date(t.date()), clock(t.time()), offset(t.offsetFromUtc())
    {
        date.getDate(&year, &month, &day);
        const qint64 jd = date.toJulianDay();
        weekday = int((jd + 1) % 7); // Sunday = 0 (Julian day 0 was a Monday)
        yearDay = int(jd - QDate(year, 1, 1).toJulianDay()) + 1;
    }
    const QDateTime &time;
    QDate date;
    QTime clock;
    int offset;
    int year = 0, month = 0, day = 0, weekday = 0, yearDay = 0;
};

// Fractional seconds as `digits` digits (Qt keeps milliseconds; finer digits are zeros).
QString fraction(const Moment &t, int digits)
{
    QString ms = QString::number(t.clock.msec()).rightJustified(3, u'0');
    if (digits <= 3)
        return ms.left(digits);
    return ms + QString(digits - 3, QChar(u'0'));
}

QString offsetText(int seconds, int colons)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int a = std::abs(seconds);
    const QString hh = QString::number(a / 3600).rightJustified(2, u'0');
    const QString mm = QString::number(a / 60 % 60).rightJustified(2, u'0');
    if (colons == 0)
        return sign + hh + mm;
    QString text = sign + hh + u':' + mm;
    if (colons >= 2)
        text += u':' + QString::number(a % 60).rightJustified(2, u'0');
    return text;
}

QString zoneName(const QDateTime &t)
{
    switch (t.timeSpec()) {
    case Qt::UTC:
        return QStringLiteral("UTC");
    case Qt::OffsetFromUTC:
        return QString();
    default: {
        const QString abbreviation = t.timeZoneAbbreviation();
        return abbreviation.isEmpty() && t.offsetFromUtc() == 0 ? QStringLiteral("UTC") : abbreviation;
    }
    }
}

int hour12(int h)
{
    const int r = h % 12;
    return r == 0 ? 12 : r;
}

qint64 flooredDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0 && ((a < 0) != (b < 0))) ? 1 : 0);
}

// Expands one conversion; false if `c` is not a directive Ruby knows.
bool convert(QString &out, const Moment &t, char16_t c, const Flags &f)
{
    const QDate &d = t.date;
    const QTime &tm = t.clock;
    const int wday = t.weekday;
    const int yday = t.yearDay - 1;
    switch (c) {
    case 'Y': appendNumber(out, t.year, f, u'0', t.year < 0 ? 5 : 4); return true;
    case 'C': appendNumber(out, flooredDiv(t.year, 100), f, u'0', 2); return true;
    case 'y': appendNumber(out, t.year - flooredDiv(t.year, 100) * 100, f, u'0', 2); return true;
    case 'm': appendNumber(out, t.month, f, u'0', 2); return true;
    case 'B': appendText(out, QLatin1String(MonthNames[t.month - 1]), f); return true;
    case 'b':
    case 'h': appendText(out, QLatin1String(MonthNames[t.month - 1], 3), f); return true;
    case 'd': appendNumber(out, t.day, f, u'0', 2); return true;
    case 'e': appendNumber(out, t.day, f, u' ', 2); return true;
    case 'j': appendNumber(out, t.yearDay, f, u'0', 3); return true;
    case 'H': appendNumber(out, tm.hour(), f, u'0', 2); return true;
    case 'k': appendNumber(out, tm.hour(), f, u' ', 2); return true;
    case 'I': appendNumber(out, hour12(tm.hour()), f, u'0', 2); return true;
    case 'l': appendNumber(out, hour12(tm.hour()), f, u' ', 2); return true;
    case 'P': appendText(out, QLatin1String(tm.hour() < 12 ? "am" : "pm"), f); return true;
    case 'p':
        appendText(out, QLatin1String(tm.hour() < 12 ? "AM" : "PM"), f, /*lowerForSwap*/ true);
        return true;
    case 'M': appendNumber(out, tm.minute(), f, u'0', 2); return true;
    case 'S': appendNumber(out, tm.second(), f, u'0', 2); return true;
    case 'L': appendText(out, fraction(t, f.width > 0 ? f.width : 3), Flags{}); return true;
    case 'N': appendText(out, fraction(t, f.width > 0 ? f.width : 9), Flags{}); return true;
    case 'z': appendText(out, offsetText(t.offset, f.colons), Flags{}); return true;
    case 'Z': appendText(out, zoneName(t.time), f, /*lowerForSwap*/ true); return true;
    case 'A': appendText(out, QLatin1String(WeekdayNames[wday]), f); return true;
    case 'a': appendText(out, QLatin1String(WeekdayNames[wday], 3), f); return true;
    case 'u': appendNumber(out, wday == 0 ? 7 : wday, f, u'0', 1); return true;
    case 'w': appendNumber(out, wday, f, u'0', 1); return true;
    case 'U': appendNumber(out, (yday + 7 - wday) / 7, f, u'0', 2); return true;
    case 'W': appendNumber(out, (yday + 7 - (wday + 6) % 7) / 7, f, u'0', 2); return true;
    case 'G':
    case 'g':
    case 'V': {
        int isoYear = 0;
        const int week = d.weekNumber(&isoYear);
        if (c == 'V')
            appendNumber(out, week, f, u'0', 2);
        else if (c == 'G')
            appendNumber(out, isoYear, f, u'0', 4);
        else
            appendNumber(out, isoYear - flooredDiv(isoYear, 100) * 100, f, u'0', 2);
        return true;
    }
    case 's': appendNumber(out, t.time.toSecsSinceEpoch(), f, u'0', 1); return true;
    case 'n': out += QLatin1Char('\n'); return true;
    case 't': out += QLatin1Char('\t'); return true;
    case '%': out += QLatin1Char('%'); return true;
    default: break;
    }
    // Combinations: formatted as a whole, then padded / case-changed as text.
    const char16_t *combined = nullptr;
    switch (c) {
    case 'c': combined = u"%a %b %e %H:%M:%S %Y"; break;
    case 'D':
    case 'x': combined = u"%m/%d/%y"; break;
    case 'F': combined = u"%Y-%m-%d"; break;
    case 'T':
    case 'X': combined = u"%H:%M:%S"; break;
    case 'R': combined = u"%H:%M"; break;
    case 'r': combined = u"%I:%M:%S %p"; break;
    case 'v': combined = u"%e-%^b-%4Y"; break;
    case '+': combined = u"%a %b %e %H:%M:%S %Z %Y"; break;
    default: return false;
    }
    appendText(out, formatMoment(t, combined), f);
    return true;
}

} // namespace

static QString formatMoment(const Moment &time, QStringView format)
{
    QString out;
    out.reserve(format.size() + 16);
    qsizetype i = 0;
    while (i < format.size()) {
        const QChar ch = format[i];
        if (ch != u'%') {
            out += ch;
            ++i;
            continue;
        }
        const qsizetype start = i++;
        Flags f;
        for (; i < format.size(); ++i) {
            const char16_t c = format[i].unicode();
            if (c == '-')
                f.noPad = true;
            else if (c == '_')
                f.pad = u' ';
            else if (c == '0')
                f.pad = u'0';
            else if (c == '^')
                f.upper = true;
            else if (c == '#')
                f.swapCase = true;
            else if (c == ':')
                ++f.colons;
            else
                break;
        }
        while (i < format.size() && format[i].isDigit() && format[i].unicode() < 128) {
            f.width = (f.width < 0 ? 0 : f.width) * 10 + (format[i].unicode() - '0');
            if (f.width > 1024)
                f.width = 1024; // a huge width is almost certainly a typo; do not allocate for it
            ++i;
        }
        // E and O modifiers (alternative representations) change nothing in the C locale.
        if (i + 1 < format.size() && (format[i] == u'E' || format[i] == u'O'))
            ++i;
        if (i >= format.size()) {
            out += format.mid(start);
            break;
        }
        const char16_t c = format[i].unicode();
        ++i;
        if ((f.colons > 0 && c != 'z') || !convert(out, time, c, f))
            out += format.mid(start, i - start);
    }
    return out;
}

QString rubyStrftime(const QDateTime &time, QStringView format)
{
    return formatMoment(Moment(time), format);
}

QString rubyTimeToString(const QDateTime &time)
{
    if (zoneName(time) == QLatin1String("UTC"))
        return rubyStrftime(time, u"%Y-%m-%d %H:%M:%S UTC");
    return rubyStrftime(time, u"%Y-%m-%d %H:%M:%S %z");
}

} // namespace Liquid
