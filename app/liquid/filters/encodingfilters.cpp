#include "liquid/filters/standardfilters.h"
#include "liquid/filters/urlcoding.h"

// url_encode/url_decode (CGI.escape/unescape) and the four base64 filters (Ruby's Base64
// strict and URL-safe variants, padded).
namespace Liquid::StandardFilters {

namespace {

Value decodedText(const std::optional<QByteArray> &bytes, const char *filterName, FilterContext &ctx)
{
    if (!bytes)
        return ctx.error(QStringLiteral("invalid base64 provided to %1").arg(QLatin1String(filterName)));
    return Value(QString::fromUtf8(*bytes));
}

} // namespace

Value urlEncode(const Value &input, const FilterArgs &, FilterContext &)
{
    return input.isNil() ? Value() : Value(cgiEscape(input.toString()));
}

Value urlDecode(const Value &input, const FilterArgs &, FilterContext &ctx)
{
    if (input.isNil())
        return Value();
    const auto text = cgiUnescape(input.toString());
    return text ? Value(*text) : ctx.error(QStringLiteral("invalid byte sequence in UTF-8"));
}

Value base64Encode(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(QString::fromLatin1(input.toString().toUtf8().toBase64()));
}

Value base64Decode(const Value &input, const FilterArgs &, FilterContext &ctx)
{
    return decodedText(strictBase64Decode(input.toString().toLatin1()), "base64_decode", ctx);
}

Value base64UrlSafeEncode(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(QString::fromLatin1(input.toString().toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
}

Value base64UrlSafeDecode(const Value &input, const FilterArgs &, FilterContext &ctx)
{
    return decodedText(urlSafeBase64Decode(input.toString().toLatin1()), "base64_url_safe_decode", ctx);
}

} // namespace Liquid::StandardFilters
