#include "liquid/filters/rubytext.h"
#include "liquid/filters/rubynumericwide.h"

#include <limits>

namespace Liquid {

bool isRubySpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || (u >= '\t' && u <= '\r') || u == 0;
}

QStringView rubyLStrip(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isRubySpace(s[i]))
        ++i;
    return s.mid(i);
}

QStringView rubyRStrip(QStringView s)
{
    qsizetype n = s.size();
    while (n > 0 && isRubySpace(s[n - 1]))
        --n;
    return s.left(n);
}

QStringView rubyStrip(QStringView s)
{
    return rubyRStrip(rubyLStrip(s));
}

static bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isRubyDecimalText(QStringView s)
{
    qsizetype i = 0;
    if (i < s.size() && s[i] == u'-')
        ++i;
    const qsizetype intStart = i;
    while (i < s.size() && isAsciiDigit(s[i]))
        ++i;
    if (i == intStart || i >= s.size() || s[i] != u'.')
        return false;
    const qsizetype fracStart = ++i;
    while (i < s.size() && isAsciiDigit(s[i]))
        ++i;
    return i > fracStart && i == s.size();
}

// Reads digits in `base` with single underscores between them; returns the index after them.
static qsizetype readDigits(QStringView s, qsizetype i, int base, WideMath::Wide *value, bool *any)
{
    *any = false;
    *value = 0;
    while (i < s.size()) {
        const char16_t c = s[i].unicode();
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'z')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z')
            d = c - 'A' + 10;
        if (c == '_' && *any && i + 1 < s.size() && s[i + 1] != u'_') {
            ++i;
            continue;
        }
        if (d < 0 || d >= base)
            break;
        *any = true;
        if (*value < (WideMath::Wide(1) << 100))
            *value = *value * base + d;
        ++i;
    }
    return i;
}

qint64 rubyStringToI(QStringView s, bool *overflow)
{
    if (overflow)
        *overflow = false;
    qsizetype i = 0;
    while (i < s.size() && isRubySpace(s[i]))
        ++i;
    bool negative = false;
    if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
        negative = s[i++] == u'-';
    WideMath::Wide v = 0;
    bool any = false;
    readDigits(s, i, 10, &v, &any);
    if (v > std::numeric_limits<qint64>::max()) {
        if (overflow)
            *overflow = true;
        return negative ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    }
    return negative ? -qint64(v) : qint64(v);
}

std::optional<qint64> rubyStrictInteger(QStringView s)
{
    s = rubyStrip(s);
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
        negative = s[i++] == u'-';
    int base = 10;
    if (i + 1 < s.size() && s[i] == u'0') {
        const char16_t p = s[i + 1].toLower().unicode();
        if (p == 'x' || p == 'b' || p == 'o' || p == 'd') {
            base = p == 'x' ? 16 : p == 'b' ? 2 : p == 'o' ? 8 : 10;
            i += 2;
        } else {
            base = 8; // "017" is octal for Integer()
            ++i;
        }
    }
    WideMath::Wide v = 0;
    bool any = false;
    const qsizetype end = readDigits(s, i, base, &v, &any);
    if (end != s.size() || (!any && base != 8) || v > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return negative ? -qint64(v) : qint64(v);
}

static bool hasSurrogates(QStringView s)
{
    for (QChar c : s) {
        if (c.isSurrogate())
            return true;
    }
    return false;
}

qsizetype codePointCount(QStringView s)
{
    qsizetype n = s.size();
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s[i].isHighSurrogate() && s[i + 1].isLowSurrogate()) {
            --n;
            ++i;
        }
    }
    return n;
}

// UTF-16 offset of code point `cp` (clamped to the end).
static qsizetype unitOffset(QStringView s, qint64 cp)
{
    qsizetype i = 0;
    while (cp > 0 && i < s.size()) {
        i += (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) ? 2 : 1;
        --cp;
    }
    return i;
}

std::optional<QString> codePointSlice(const QString &s, qint64 start, qint64 length)
{
    const bool wide = hasSurrogates(s);
    const qint64 size = wide ? codePointCount(s) : s.size();
    if (start < 0)
        start += size;
    if (start < 0 || start > size || length < 0)
        return std::nullopt;
    length = std::min(length, size - start);
    if (!wide)
        return s.mid(qsizetype(start), qsizetype(length));
    const qsizetype from = unitOffset(s, start);
    const qsizetype to = from + unitOffset(QStringView(s).mid(from), length);
    return s.mid(from, to - from);
}

static bool isAwkSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || (u >= '\t' && u <= '\r');
}

QList<QString> rubySplit(const QString &s, const QString &pattern, qsizetype limit)
{
    QList<QString> out;
    const QStringView text(s);
    const auto full = [&] { return limit > 0 && out.size() == limit - 1; };
    if (pattern == QLatin1String(" ")) {
        qsizetype i = 0;
        while (true) {
            while (i < text.size() && isAwkSpace(text[i]))
                ++i;
            if (i >= text.size())
                break;
            if (full()) {
                out.append(text.mid(i).toString());
                return out;
            }
            const qsizetype start = i;
            while (i < text.size() && !isAwkSpace(text[i]))
                ++i;
            out.append(text.mid(start, i - start).toString());
        }
        return out;
    }
    if (pattern.isEmpty()) {
        for (qsizetype i = 0; i < text.size();) {
            if (full()) {
                out.append(text.mid(i).toString());
                return out;
            }
            const qsizetype n = (text[i].isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
            out.append(text.mid(i, n).toString());
            i += n;
        }
        return out;
    }
    qsizetype start = 0;
    while (true) {
        const qsizetype hit = full() ? -1 : text.indexOf(pattern, start);
        if (hit < 0) {
            out.append(text.mid(start).toString());
            break;
        }
        out.append(text.mid(start, hit - start).toString());
        start = hit + pattern.size();
    }
    if (limit <= 0) {
        while (!out.isEmpty() && out.last().isEmpty())
            out.removeLast();
    }
    return out;
}

static char16_t asciiLower(char16_t c)
{
    return (c >= 'A' && c <= 'Z') ? char16_t(c + 32) : c;
}

int rubyCaseCompare(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = asciiLower(a[i].unicode()), y = asciiLower(b[i].unicode());
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

QString rubyCapitalize(const QString &s)
{
    if (s.isEmpty())
        return s;
    const qsizetype first = (s[0].isHighSurrogate() && s.size() > 1) ? 2 : 1;
    return s.left(first).toUpper() + s.mid(first).toLower();
}

} // namespace Liquid
