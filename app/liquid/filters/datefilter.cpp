#include "liquid/filters/datetimevalue.h"
#include "liquid/filters/rubystrftime.h"
#include "liquid/filters/standardfilters.h"

namespace Liquid::StandardFilters {

// date: format: Ruby's strftime on Utils.to_date(input). An empty format or an input that is
// not a date gives the input back unchanged, as Liquid does.
Value date(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    const QString format = args.at(0).toString();
    if (format.isEmpty())
        return input;
    const auto time = toLiquidDate(input, ctx);
    if (!time)
        return input;
    return Value(rubyStrftime(*time, format));
}

} // namespace Liquid::StandardFilters
