#pragma once

#include "liquid/filters/rubynumericwide.h"
#include "liquid/value.h"

#include <optional>

namespace Liquid {

// A number as Liquid's math filters see it (Utils.to_number): an Integer, or a BigDecimal for
// floats and decimal strings. Ruby converts floats to BigDecimal through their shortest text
// before adding, so `0.1 | plus: 0.2` gives 0.3, not 0.30000000000000004; this class keeps
// decimals exact the same way (mantissa / 10^scale) and falls back to double arithmetic only
// when a value does not fit 38 digits.
class RubyNumeric
{
public:
    enum class Kind : quint8 { Integer, Decimal, Float };

    RubyNumeric() = default;
    static RubyNumeric fromInteger(qint64 i);
    static RubyNumeric fromDouble(double d);
    // Utils.to_number: Int, Double, numeric strings ("-1.5" decimal, else String#to_i), 0 otherwise.
    static RubyNumeric fromValue(const Value &v);

    Kind kind() const { return m_kind; }
    bool isInteger() const { return m_kind == Kind::Integer; }
    bool isZero() const;
    double toDouble() const;
    // Integer -> Int; BigDecimal -> Double (Ruby's result.to_f).
    Value toValue() const;

    RubyNumeric plus(const RubyNumeric &o) const;
    RubyNumeric minus(const RubyNumeric &o) const;
    RubyNumeric times(const RubyNumeric &o) const;
    // Floored like Ruby (-7 / 2 == -4). nullopt when dividing by zero.
    std::optional<RubyNumeric> dividedBy(const RubyNumeric &o) const;
    std::optional<RubyNumeric> modulo(const RubyNumeric &o) const;
    // -1, 0, 1; NaN compares as equal.
    int compare(const RubyNumeric &o) const;
    RubyNumeric abs() const;
    // Integer results; values beyond the int64 range come back as Double.
    Value ceil() const;
    Value floor() const;
    // BigDecimal#round / Integer#round (half away from zero): an Integer for digits <= 0,
    // otherwise a float with at most `digits` decimals.
    Value round(qint64 digits) const;

private:
    using Wide = WideMath::Wide;
    static RubyNumeric decimal(Wide mantissa, int scale);
    static RubyNumeric floating(double d);
    // Brings both operands to the same scale; false on overflow.
    static bool align(const RubyNumeric &a, const RubyNumeric &b, Wide *ma, Wide *mb, int *scale);
    Wide mantissa() const; // integer or decimal mantissa
    int scale() const { return m_kind == Kind::Decimal ? m_scale : 0; }
    template<typename IntOp, typename WideOp, typename DoubleOp>
    RubyNumeric combine(const RubyNumeric &o, IntOp intOp, WideOp wideOp, DoubleOp doubleOp) const;

    Kind m_kind = Kind::Integer;
    int m_scale = 0;
    qint64 m_int = 0;
    Wide m_mantissa = 0;
    double m_double = 0;
};

// Utils.to_integer: Integers as they are, anything else through Ruby's Integer(to_s), which
// accepts "42", " -7 ", "0x1A", "1_000" and rejects "2.5" and "". nullopt -> "invalid integer".
std::optional<qint64> rubyToInteger(const Value &v);

} // namespace Liquid
