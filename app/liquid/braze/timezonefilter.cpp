#include "liquid/braze/brazefilterfunctions.h"
#include "liquid/filters/datetimevalue.h"
#include "liquid/filters/rubytimeparser.h"

namespace Liquid::BrazeFilters {

// time_zone: zone — the input time (anything `date` accepts, e.g. 'now' or a time attribute)
// moved into an IANA zone ("America/Chicago") or a fixed offset ("-05:00", "-0500"). The result
// is a time value, so a following `date` formats it in that zone, %Z included. Input that is not
// a date comes back unchanged; an empty zone keeps the time as it is; an unknown zone is an error
// naming it.
Value timeZone(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    const auto time = toLiquidDate(input, ctx);
    if (!time)
        return input;
    const QString name = args.at(0).toString();
    if (name.trimmed().isEmpty()) // e.g. ${time_zone} of a user who has none: keep the time
        return makeDateTimeValue(*time);
    const auto zone = parseZoneName(name);
    if (!zone)
        return ctx.error(QStringLiteral("time_zone: unknown time zone '%1' (use an IANA name such as "
                                        "America/Chicago or an offset such as -05:00)").arg(name));
    return makeDateTimeValue(toZone(*time, *zone));
}

} // namespace Liquid::BrazeFilters
