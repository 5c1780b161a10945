#include "liquid/filters/rubytext.h"
#include "liquid/filters/standardfilters.h"

// upcase, downcase, capitalize: Ruby's String methods (full Unicode case mapping) on to_s.
// ASCII text, the usual case, skips Qt's Unicode tables.
namespace Liquid::StandardFilters {

namespace {

template<bool Upper>
QString changeCase(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return Upper ? text.toUpper() : text.toLower();
    }
    QString out = text;
    char16_t *p = reinterpret_cast<char16_t *>(out.data()); // detaches once
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (Upper && p[i] >= u'a' && p[i] <= u'z')
            p[i] = char16_t(p[i] - 32);
        else if (!Upper && p[i] >= u'A' && p[i] <= u'Z')
            p[i] = char16_t(p[i] + 32);
    }
    return out;
}

} // namespace

Value upcase(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(changeCase<true>(input.toString()));
}

Value downcase(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(changeCase<false>(input.toString()));
}

Value capitalize(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(rubyCapitalize(input.toString()));
}

} // namespace Liquid::StandardFilters
