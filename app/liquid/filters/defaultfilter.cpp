#include "liquid/filters/standardfilters.h"

namespace Liquid::StandardFilters {

// default: value[, allow_false: true]: the fallback replaces nil, false and empty strings,
// arrays and hashes (not whitespace-only strings); with allow_false a false input stays.
bool defaultApplies(const Value &input, const FilterArgs &args)
{
    const bool allowFalse = args.keyword(u"allow_false").isTruthy();
    const bool missing = allowFalse ? input.isNil() : !input.isTruthy();
    const bool empty = (input.isString() || input.isArray() || input.isObject()) && input.isEmpty();
    return missing || empty;
}

Value defaultValue(const Value &input, const FilterArgs &args, FilterContext &)
{
    if (defaultApplies(input, args))
        return args.size() > 0 ? args.at(0) : Value(QString());
    return input;
}

} // namespace Liquid::StandardFilters
