#include "liquid/filters/rubynumeric.h"
#include "liquid/filters/rubynumericwide.h"

#include <cmath>

// abs, ceil, floor and round of RubyNumeric: BigDecimal/Integer semantics (half away from zero,
// exact decimal digits, so 2.675 rounds to 2.68 as in Ruby and not to 2.67 as a double would).
namespace Liquid {

using namespace WideMath;

RubyNumeric RubyNumeric::abs() const
{
    switch (m_kind) {
    case Kind::Integer:
        if (m_int == std::numeric_limits<qint64>::min())
            return floating(-double(m_int));
        return fromInteger(m_int < 0 ? -m_int : m_int);
    case Kind::Decimal:
        return decimal(wideAbs(m_mantissa), m_scale);
    case Kind::Float:
        return floating(std::fabs(m_double));
    }
    return *this;
}

static Value wideToValue(Wide w)
{
    return fitsInt64(w) ? Value(qint64(w)) : Value(double(w));
}

Value RubyNumeric::ceil() const
{
    if (m_kind == Kind::Integer)
        return Value(m_int);
    if (m_kind == Kind::Float)
        return std::fabs(m_double) < 9.2e18 ? Value(qint64(std::ceil(m_double))) : Value(std::ceil(m_double));
    const Wide p = pow10(m_scale);
    Wide q = m_mantissa / p;
    if (m_mantissa % p != 0 && m_mantissa > 0)
        ++q;
    return wideToValue(q);
}

Value RubyNumeric::floor() const
{
    if (m_kind == Kind::Integer)
        return Value(m_int);
    if (m_kind == Kind::Float)
        return std::fabs(m_double) < 9.2e18 ? Value(qint64(std::floor(m_double))) : Value(std::floor(m_double));
    const Wide p = pow10(m_scale);
    Wide q = m_mantissa / p;
    if (m_mantissa % p != 0 && m_mantissa < 0)
        --q;
    return wideToValue(q);
}

// Drops `k` trailing decimal digits of m, rounding half away from zero.
static Wide dropDigitsHalfUp(Wide m, int k)
{
    if (k > MaxDigits)
        return 0;
    const Wide p = pow10(k);
    Wide q = m / p;
    const Wide r = wideAbs(m % p);
    if (r * 2 >= p)
        q += m < 0 ? -1 : 1;
    return q;
}

Value RubyNumeric::round(qint64 digits) const
{
    switch (m_kind) {
    case Kind::Integer: {
        if (digits >= 0)
            return Value(m_int);
        if (digits < -MaxDigits)
            return Value(qint64(0));
        const int k = int(-digits);
        Wide r = 0;
        if (__builtin_mul_overflow(dropDigitsHalfUp(m_int, k), pow10(k), &r))
            return Value(qint64(0));
        return wideToValue(r);
    }
    case Kind::Decimal: {
        const qint64 drop = qint64(m_scale) - digits;
        if (drop <= 0) // already has no more than `digits` decimals
            return digits > 0 ? Value(toDouble()) : wideToValue(m_mantissa);
        const Wide q = dropDigitsHalfUp(m_mantissa, int(std::min<qint64>(drop, MaxDigits + 1)));
        if (digits > 0)
            return Value(decimal(q, int(digits)).toDouble());
        Wide r = 0;
        if (-digits > MaxDigits || __builtin_mul_overflow(q, pow10(int(-digits)), &r))
            return Value(qint64(0));
        return wideToValue(r);
    }
    case Kind::Float: {
        if (!std::isfinite(m_double))
            return Value(m_double);
        if (digits > 0) {
            const double s = std::pow(10.0, double(std::min<qint64>(digits, 300)));
            return Value(std::round(m_double * s) / s);
        }
        const double s = std::pow(10.0, double(std::min<qint64>(-digits, 300)));
        const double r = std::round(m_double / s) * s;
        return std::fabs(r) < 9.2e18 ? Value(qint64(r)) : Value(r);
    }
    }
    return Value();
}

} // namespace Liquid
