#include "liquid/braze/brazefilterfunctions.h"
#include "liquid/filters/rubynumeric.h"
#include "liquid/filters/rubytext.h"

// number_with_delimiter (Rails: commas between thousands, decimals kept) and Braze's money
// (two decimals, no cents conversion: 145 -> 145.00).
namespace Liquid::BrazeFilters {

namespace {

// "-1234567.5" -> "-1,234,567.5"; text that is not a plain number comes back unchanged.
QString withDelimiter(const QString &text)
{
    const QStringView number(text);
    qsizetype i = number.startsWith(u'-') ? 1 : 0;
    const qsizetype intStart = i;
    while (i < number.size() && number[i].unicode() >= '0' && number[i].unicode() <= '9')
        ++i;
    const qsizetype intEnd = i;
    const bool integer = intEnd > intStart && intEnd == number.size();
    if (!integer && !isRubyDecimalText(number))
        return text;
    QString out = number.left(intStart).toString();
    for (qsizetype k = intStart; k < intEnd; ++k) {
        if (k > intStart && (intEnd - k) % 3 == 0)
            out += QLatin1Char(',');
        out += number[k];
    }
    out += number.mid(intEnd);
    return out;
}

} // namespace

Value numberWithDelimiter(const Value &input, const FilterArgs &, FilterContext &)
{
    if (input.isNil())
        return Value();
    return Value(withDelimiter(input.toString()));
}

Value money(const Value &input, const FilterArgs &, FilterContext &)
{
    if (!input.isNumber())
        return input; // Braze's documentation asks for `| plus: 0` first on strings
    const double rounded = RubyNumeric::fromValue(input).round(2).toDouble();
    return Value(QString::number(rounded, 'f', 2));
}

} // namespace Liquid::BrazeFilters
