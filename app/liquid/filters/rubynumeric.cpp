#include "liquid/filters/rubynumeric.h"

#include "liquid/filters/rubynumericwide.h"
#include "liquid/filters/rubytext.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace Liquid {

using namespace WideMath;

namespace {

// Decimal digits of |w| (no sign), most significant first.
int wideToDigits(Wide w, char *buf)
{
    char tmp[48];
    int n = 0;
    Wide a = wideAbs(w);
    do {
        tmp[n++] = char('0' + int(a % 10));
        a /= 10;
    } while (a != 0);
    for (int i = 0; i < n; ++i)
        buf[i] = tmp[n - 1 - i];
    return n;
}

// Parses "[-]digits[.digits][e[+-]digits]" into mantissa/scale; false when it does not fit.
bool parseDecimalText(std::string_view text, Wide *mantissa, int *scale)
{
    size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        negative = text[i++] == '-';
    Wide m = 0;
    int digits = 0;
    int fraction = 0;
    bool inFraction = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.') {
            inFraction = true;
            continue;
        }
        if (c < '0' || c > '9')
            break;
        if (m == 0 && c == '0') {
            if (inFraction)
                ++fraction;
            continue; // leading zeros do not count against the digit budget
        }
        if (++digits > MaxDigits)
            return false;
        m = m * 10 + (c - '0');
        if (inFraction)
            ++fraction;
    }
    int exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        const auto res = std::from_chars(text.data() + i + 1 + (text[i + 1] == '+' ? 1 : 0),
                                         text.data() + text.size(), exponent);
        if (res.ec != std::errc())
            return false;
    }
    int s = fraction - exponent;
    if (s < 0) {
        if (digits - s > MaxDigits)
            return false;
        m *= pow10(-s);
        s = 0;
    }
    if (s > MaxDigits) {
        if (m != 0)
            return false;
        s = 0;
    }
    *mantissa = negative ? -m : m;
    *scale = s;
    return true;
}

qint64 flooredDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

template<typename T>
T flooredMod(T a, T b)
{
    T r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

} // namespace

RubyNumeric RubyNumeric::fromInteger(qint64 i)
{
    RubyNumeric n;
    n.m_kind = Kind::Integer;
    n.m_int = i;
    return n;
}

RubyNumeric RubyNumeric::floating(double d)
{
    RubyNumeric n;
    n.m_kind = Kind::Float;
    n.m_double = d;
    return n;
}

RubyNumeric RubyNumeric::decimal(Wide mantissa, int scale)
{
    if (fitsInt64(mantissa)) { // 64-bit division is far cheaper than the 128-bit library call
        qint64 m = qint64(mantissa);
        while (scale > 0 && m % 10 == 0) {
            m /= 10;
            --scale;
        }
        mantissa = m;
    }
    while (scale > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    RubyNumeric n;
    n.m_kind = Kind::Decimal;
    n.m_mantissa = mantissa;
    n.m_scale = scale;
    return n;
}

RubyNumeric RubyNumeric::fromDouble(double d)
{
    if (!std::isfinite(d))
        return floating(d);
    // Fast path: the fewest decimals that read back as d are the digits of its shortest text
    // (what Ruby's Float#to_s prints), found without formatting while they fit 53 bits.
    for (int scale = 0; scale <= 15; ++scale) {
        const double scaled = d * ExactPowers[scale];
        if (std::fabs(scaled) >= 9007199254740992.0)
            break;
        const double m = std::nearbyint(scaled);
        if (m / ExactPowers[scale] == d)
            return decimal(Wide(qint64(m)), scale);
    }
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, d); // shortest round-trip text
    Wide m = 0;
    int s = 0;
    if (!parseDecimalText(std::string_view(buf, size_t(res.ptr - buf)), &m, &s))
        return floating(d);
    return decimal(m, s);
}

RubyNumeric RubyNumeric::fromValue(const Value &v)
{
    switch (v.type()) {
    case Value::Type::Int:
        return fromInteger(v.intValue());
    case Value::Type::Double:
        return fromDouble(v.doubleValue());
    case Value::Type::String: {
        const QStringView s = rubyStrip(v.stringValue());
        if (isRubyDecimalText(s)) {
            char latin[48];
            if (s.size() < qsizetype(sizeof latin)) { // "-123.45": ASCII only, checked above
                for (qsizetype i = 0; i < s.size(); ++i)
                    latin[i] = char(s[i].unicode());
                Wide m = 0;
                int scale = 0;
                if (parseDecimalText(std::string_view(latin, size_t(s.size())), &m, &scale))
                    return decimal(m, scale);
            }
            return floating(s.toDouble());
        }
        bool overflow = false;
        const qint64 i = rubyStringToI(v.stringValue(), &overflow);
        return overflow ? floating(v.stringValue().trimmed().toDouble()) : fromInteger(i);
    }
    default:
        return fromInteger(0);
    }
}

bool RubyNumeric::isZero() const
{
    switch (m_kind) {
    case Kind::Integer: return m_int == 0;
    case Kind::Decimal: return m_mantissa == 0;
    case Kind::Float: return m_double == 0;
    }
    return false;
}

RubyNumeric::Wide RubyNumeric::mantissa() const
{
    return m_kind == Kind::Integer ? Wide(m_int) : m_mantissa;
}

double RubyNumeric::toDouble() const
{
    switch (m_kind) {
    case Kind::Integer:
        return double(m_int);
    case Kind::Float:
        return m_double;
    case Kind::Decimal: {
        // Both operands exact doubles: IEEE division rounds correctly (the strtod fast path).
        if (m_scale <= 22 && wideAbs(m_mantissa) < (Wide(1) << 53))
            return double(m_mantissa) / ExactPowers[m_scale];
        char buf[64];
        int n = 0;
        if (m_mantissa < 0)
            buf[n++] = '-';
        n += wideToDigits(m_mantissa, buf + n);
        n += std::snprintf(buf + n, sizeof buf - size_t(n), "e-%d", m_scale);
        double d = 0;
        std::from_chars(buf, buf + n, d); // correctly rounded, as BigDecimal#to_f
        return d;
    }
    }
    return 0;
}

Value RubyNumeric::toValue() const
{
    return m_kind == Kind::Integer ? Value(m_int) : Value(toDouble());
}

bool RubyNumeric::align(const RubyNumeric &a, const RubyNumeric &b, Wide *ma, Wide *mb, int *scale)
{
    const int sa = a.scale(), sb = b.scale();
    *scale = std::max(sa, sb);
    *ma = a.mantissa();
    *mb = b.mantissa();
    if (*scale - sa > MaxDigits || *scale - sb > MaxDigits)
        return false;
    return !__builtin_mul_overflow(*ma, pow10(*scale - sa), ma)
           && !__builtin_mul_overflow(*mb, pow10(*scale - sb), mb);
}

template<typename IntOp, typename WideOp, typename DoubleOp>
RubyNumeric RubyNumeric::combine(const RubyNumeric &o, IntOp intOp, WideOp wideOp, DoubleOp doubleOp) const
{
    if (m_kind == Kind::Integer && o.m_kind == Kind::Integer) {
        qint64 r = 0;
        if (!intOp(m_int, o.m_int, &r))
            return fromInteger(r);
        // Ruby would switch to a Bignum; the nearest we have is a float.
        return floating(doubleOp(double(m_int), double(o.m_int)));
    }
    if (m_kind != Kind::Float && o.m_kind != Kind::Float) {
        Wide r = 0;
        int s = 0;
        if (wideOp(*this, o, &r, &s))
            return decimal(r, s);
    }
    return floating(doubleOp(toDouble(), o.toDouble()));
}

RubyNumeric RubyNumeric::plus(const RubyNumeric &o) const
{
    return combine(
        o, [](qint64 a, qint64 b, qint64 *r) { return __builtin_add_overflow(a, b, r); },
        [](const RubyNumeric &a, const RubyNumeric &b, Wide *r, int *s) {
            Wide ma, mb;
            return align(a, b, &ma, &mb, s) && !__builtin_add_overflow(ma, mb, r);
        },
        [](double a, double b) { return a + b; });
}

RubyNumeric RubyNumeric::minus(const RubyNumeric &o) const
{
    return combine(
        o, [](qint64 a, qint64 b, qint64 *r) { return __builtin_sub_overflow(a, b, r); },
        [](const RubyNumeric &a, const RubyNumeric &b, Wide *r, int *s) {
            Wide ma, mb;
            return align(a, b, &ma, &mb, s) && !__builtin_sub_overflow(ma, mb, r);
        },
        [](double a, double b) { return a - b; });
}

RubyNumeric RubyNumeric::times(const RubyNumeric &o) const
{
    return combine(
        o, [](qint64 a, qint64 b, qint64 *r) { return __builtin_mul_overflow(a, b, r); },
        [](const RubyNumeric &a, const RubyNumeric &b, Wide *r, int *s) {
            *s = a.scale() + b.scale();
            return *s <= MaxDigits && !__builtin_mul_overflow(a.mantissa(), b.mantissa(), r);
        },
        [](double a, double b) { return a * b; });
}

std::optional<RubyNumeric> RubyNumeric::dividedBy(const RubyNumeric &o) const
{
    if (o.isZero())
        return std::nullopt;
    if (m_kind == Kind::Integer && o.m_kind == Kind::Integer) {
        if (m_int == std::numeric_limits<qint64>::min() && o.m_int == -1)
            return floating(-double(m_int));
        return fromInteger(flooredDiv(m_int, o.m_int));
    }
    return floating(toDouble() / o.toDouble());
}

std::optional<RubyNumeric> RubyNumeric::modulo(const RubyNumeric &o) const
{
    if (o.isZero())
        return std::nullopt;
    if (m_kind == Kind::Integer && o.m_kind == Kind::Integer)
        return fromInteger(o.m_int == -1 ? 0 : flooredMod(m_int, o.m_int));
    if (m_kind != Kind::Float && o.m_kind != Kind::Float) {
        Wide ma, mb;
        int s = 0;
        if (align(*this, o, &ma, &mb, &s))
            return decimal(flooredMod(ma, mb), s);
    }
    const double a = toDouble(), b = o.toDouble();
    double r = std::fmod(a, b);
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return floating(r);
}

int RubyNumeric::compare(const RubyNumeric &o) const
{
    if (m_kind == Kind::Integer && o.m_kind == Kind::Integer)
        return m_int < o.m_int ? -1 : m_int > o.m_int ? 1 : 0;
    if (m_kind != Kind::Float && o.m_kind != Kind::Float) {
        Wide ma, mb;
        int s = 0;
        if (align(*this, o, &ma, &mb, &s))
            return ma < mb ? -1 : ma > mb ? 1 : 0;
    }
    const double a = toDouble(), b = o.toDouble();
    return a < b ? -1 : a > b ? 1 : 0;
}

std::optional<qint64> rubyToInteger(const Value &v)
{
    if (v.isInt())
        return v.intValue();
    if (!v.isString())
        return std::nullopt; // nil -> "", floats -> "2.5", booleans: none parse as Integer()
    return rubyStrictInteger(v.stringValue());
}

} // namespace Liquid
