#include "liquid/braze/brazefilterfunctions.h"
#include "liquid/braze/jsonescape.h"

// json_parse (JSON text to array/hash), as_json_string (the reverse) and property_accessor
// (hash[key] where the key is computed, e.g. from a custom attribute).
namespace Liquid::BrazeFilters {

Value jsonParse(const Value &input, const FilterArgs &, FilterContext &ctx)
{
    if (!input.isString())
        return input;
    QString problem;
    const Value parsed = Value::fromJsonText(input.stringValue().toUtf8(), &problem);
    if (!problem.isEmpty())
        return ctx.error(QStringLiteral("json_parse: the text is not valid JSON (%1)").arg(problem));
    return parsed;
}

Value asJsonString(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(toJsonText(input));
}

Value propertyAccessor(const Value &input, const FilterArgs &args, FilterContext &)
{
    if (!input.isObject() && !input.isDrop())
        return Value();
    return input.index(args.at(0).isString() ? args.at(0) : Value(args.at(0).toString()));
}

} // namespace Liquid::BrazeFilters
