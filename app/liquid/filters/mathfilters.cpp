#include "liquid/filters/rubynumeric.h"
#include "liquid/filters/standardfilters.h"

// Ruby Liquid's math filters: operands go through Utils.to_number (floats become BigDecimal),
// results that are BigDecimal come back as floats.
namespace Liquid::StandardFilters {

namespace {

RubyNumeric number(const Value &v)
{
    return RubyNumeric::fromValue(v);
}

const QString &divisionByZero()
{
    static const QString message = QStringLiteral("divided by 0");
    return message;
}

} // namespace

Value abs(const Value &input, const FilterArgs &, FilterContext &)
{
    return number(input).abs().toValue();
}

Value plus(const Value &input, const FilterArgs &args, FilterContext &)
{
    return number(input).plus(number(args.at(0))).toValue();
}

Value minus(const Value &input, const FilterArgs &args, FilterContext &)
{
    return number(input).minus(number(args.at(0))).toValue();
}

Value times(const Value &input, const FilterArgs &args, FilterContext &)
{
    return number(input).times(number(args.at(0))).toValue();
}

Value dividedBy(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    const auto result = number(input).dividedBy(number(args.at(0)));
    return result ? result->toValue() : ctx.error(divisionByZero());
}

Value modulo(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    const auto result = number(input).modulo(number(args.at(0)));
    return result ? result->toValue() : ctx.error(divisionByZero());
}

Value round(const Value &input, const FilterArgs &args, FilterContext &)
{
    // The digit count is itself to_number'ed ("1" -> 1, "foo" -> 0, 1.7 -> 1).
    const Value digits = number(args.at(0)).floor();
    return number(input).round(digits.isInt() ? digits.intValue() : 0);
}

Value ceil(const Value &input, const FilterArgs &, FilterContext &)
{
    return number(input).ceil();
}

Value floor(const Value &input, const FilterArgs &, FilterContext &)
{
    return number(input).floor();
}

Value atLeast(const Value &input, const FilterArgs &args, FilterContext &)
{
    const RubyNumeric value = number(input), bound = number(args.at(0));
    return (bound.compare(value) > 0 ? bound : value).toValue();
}

Value atMost(const Value &input, const FilterArgs &args, FilterContext &)
{
    const RubyNumeric value = number(input), bound = number(args.at(0));
    return (bound.compare(value) < 0 ? bound : value).toValue();
}

} // namespace Liquid::StandardFilters
