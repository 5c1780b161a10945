#include "liquid/filters/rubytext.h"
#include "liquid/filters/standardfilters.h"

// upcase, downcase, capitalize: Ruby's String methods (full Unicode case mapping) on to_s.
namespace Liquid::StandardFilters {

Value upcase(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(input.toString().toUpper());
}

Value downcase(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(input.toString().toLower());
}

Value capitalize(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(rubyCapitalize(input.toString()));
}

} // namespace Liquid::StandardFilters
