#include "liquid/filterregistry.h"
#include "liquid/filters/standardfilters.h"

namespace Liquid {

// Shopify Liquid 5 filters with their positional arity (the engine rejects other counts as
// Ruby's ArgumentError would) and how Braze's filter page treats them (braze-liquid.md §6.1/6.2).
void registerStandardFilters(FilterRegistry &r)
{
    using namespace StandardFilters;
    constexpr auto Untested = BrazeSupport::Untested;
    constexpr auto Unsupported = BrazeSupport::Unsupported;

    // Math
    r.add(QStringLiteral("abs"), &abs, 0, 0);
    r.add(QStringLiteral("plus"), &plus, 1, 1);
    r.add(QStringLiteral("minus"), &minus, 1, 1);
    r.add(QStringLiteral("times"), &times, 1, 1);
    r.add(QStringLiteral("divided_by"), &dividedBy, 1, 1);
    r.add(QStringLiteral("modulo"), &modulo, 1, 1);
    r.add(QStringLiteral("round"), &round, 0, 1);
    r.add(QStringLiteral("ceil"), &ceil, 0, 0);
    r.add(QStringLiteral("floor"), &floor, 0, 0);
    r.add(QStringLiteral("at_least"), &atLeast, 1, 1);
    r.add(QStringLiteral("at_most"), &atMost, 1, 1);

    // Strings
    r.add(QStringLiteral("upcase"), &upcase, 0, 0);
    r.add(QStringLiteral("downcase"), &downcase, 0, 0);
    r.add(QStringLiteral("capitalize"), &capitalize, 0, 0);
    r.add(QStringLiteral("escape"), &escape, 0, 0);
    r.add(QStringLiteral("h"), &escape, 0, 0, Untested);
    r.add(QStringLiteral("escape_once"), &escapeOnce, 0, 0, Untested);
    r.add(QStringLiteral("strip_html"), &stripHtml, 0, 0);
    r.add(QStringLiteral("newline_to_br"), &newlineToBr, 0, 0);
    r.add(QStringLiteral("strip_newlines"), &stripNewlines, 0, 0);
    r.add(QStringLiteral("url_encode"), &urlEncode, 0, 0);
    r.add(QStringLiteral("url_decode"), &urlDecode, 0, 0, Untested);
    r.add(QStringLiteral("base64_encode"), &base64Encode, 0, 0);
    r.add(QStringLiteral("base64_decode"), &base64Decode, 0, 0, Untested);
    r.add(QStringLiteral("base64_url_safe_encode"), &base64UrlSafeEncode, 0, 0, Untested);
    r.add(QStringLiteral("base64_url_safe_decode"), &base64UrlSafeDecode, 0, 0, Untested);
    r.add(QStringLiteral("append"), &append, 1, 1);
    r.add(QStringLiteral("prepend"), &prepend, 1, 1);
    r.add(QStringLiteral("remove"), &remove, 1, 1);
    r.add(QStringLiteral("remove_first"), &removeFirst, 1, 1);
    r.add(QStringLiteral("remove_last"), &removeLast, 1, 1, Untested);
    r.add(QStringLiteral("replace"), &replace, 1, 2);
    r.add(QStringLiteral("replace_first"), &replaceFirst, 1, 2);
    r.add(QStringLiteral("replace_last"), &replaceLast, 2, 2, Untested);
    r.add(QStringLiteral("slice"), &slice, 1, 2);
    r.add(QStringLiteral("truncate"), &truncate, 0, 2);
    r.add(QStringLiteral("truncatewords"), &truncatewords, 0, 2);
    r.add(QStringLiteral("split"), &split, 1, 1);
    r.add(QStringLiteral("strip"), &strip, 0, 0);
    r.add(QStringLiteral("lstrip"), &lstrip, 0, 0, Unsupported);
    r.add(QStringLiteral("rstrip"), &rstrip, 0, 0, Unsupported);

    // Dates and defaults
    r.add(QStringLiteral("date"), &date, 1, 1);
    r.add(QStringLiteral("default"), &defaultValue, 0, 2);

    // Arrays
    r.add(QStringLiteral("join"), &join, 0, 1);
    r.add(QStringLiteral("first"), &first, 0, 0);
    r.add(QStringLiteral("last"), &last, 0, 0);
    r.add(QStringLiteral("size"), &size, 0, 0);
    r.add(QStringLiteral("concat"), &concat, 1, 1);
    r.add(QStringLiteral("reverse"), &reverse, 0, 0);
    r.add(QStringLiteral("compact"), &compact, 0, 1);
    r.add(QStringLiteral("uniq"), &uniq, 0, 1);
    r.add(QStringLiteral("map"), &map, 1, 1);
    r.add(QStringLiteral("sum"), &sum, 0, 1, Untested);
    r.add(QStringLiteral("sort"), &sort, 0, 1);
    r.add(QStringLiteral("sort_natural"), &sortNatural, 0, 1);
    r.add(QStringLiteral("where"), &where, 1, 2);
    r.add(QStringLiteral("reject"), &reject, 1, 2, Untested);
    r.add(QStringLiteral("has"), &has, 1, 2, Untested);
    r.add(QStringLiteral("find"), &find, 1, 2, Untested);
    r.add(QStringLiteral("find_index"), &findIndex, 1, 2, Unsupported);
}

} // namespace Liquid
