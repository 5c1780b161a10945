#include "liquid/braze/brazefilterfunctions.h"
#include "liquid/braze/jsonescape.h"
#include "liquid/filters/urlcoding.h"

// url_escape / url_param_escape (percent-encoding that keeps URL syntax characters; the param
// variant also encodes "&") and json_escape (for values placed inside a JSON string).
namespace Liquid::BrazeFilters {

Value urlEscape(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(uriEscape(input.toString(), false));
}

Value urlParamEscape(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(uriEscape(input.toString(), true));
}

Value jsonEscape(const Value &input, const FilterArgs &, FilterContext &)
{
    const QString text = input.toString();
    QString out;
    out.reserve(text.size() + 8);
    appendJsonEscaped(out, text);
    return Value(std::move(out));
}

} // namespace Liquid::BrazeFilters
