#include "liquid/filters/rubynumeric.h"
#include "liquid/filters/rubytext.h"
#include "liquid/filters/standardfilters.h"

// slice, truncate, truncatewords, split and the strip family, counting characters the way Ruby
// does (code points).
namespace Liquid::StandardFilters {

namespace {

const QString &invalidInteger()
{
    static const QString message = QStringLiteral("invalid integer");
    return message;
}

Value stringsToArray(const QList<QString> &parts)
{
    Array out;
    out.reserve(parts.size());
    for (const QString &p : parts)
        out.append(Value(p));
    return Value(std::move(out));
}

} // namespace

Value slice(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    const auto offset = rubyToInteger(args.at(0));
    const auto length = args.at(1).isNil() ? std::optional<qint64>(1) : rubyToInteger(args.at(1));
    if (!offset || !length)
        return ctx.error(invalidInteger());
    if (input.isArray()) {
        const Array &a = input.arrayValue();
        qint64 start = *offset < 0 ? *offset + a.size() : *offset;
        if (start < 0 || start > a.size() || *length < 0)
            return Value(Array());
        return Value(a.mid(qsizetype(start), qsizetype(std::min<qint64>(*length, a.size() - start))));
    }
    return Value(codePointSlice(input.toString(), *offset, *length).value_or(QString()));
}

Value truncate(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    if (input.isNil())
        return Value();
    const auto length = args.size() > 0 ? rubyToInteger(args.at(0)) : std::optional<qint64>(50);
    if (!length)
        return ctx.error(invalidInteger());
    const QString text = input.toString();
    const QString ellipsis = args.size() > 1 ? args.at(1).toString() : QStringLiteral("...");
    if (codePointCount(text) <= *length)
        return Value(text);
    const qint64 keep = std::max<qint64>(0, *length - codePointCount(ellipsis));
    return Value(codePointSlice(text, 0, keep).value_or(QString()) + ellipsis);
}

Value truncatewords(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    if (input.isNil())
        return Value();
    const auto requested = args.size() > 0 ? rubyToInteger(args.at(0)) : std::optional<qint64>(15);
    if (!requested)
        return ctx.error(invalidInteger());
    const QString text = input.toString();
    const qint64 words = std::max<qint64>(1, *requested);
    if (words >= std::numeric_limits<qint32>::max())
        return Value(text);
    QList<QString> list = rubySplit(text, QStringLiteral(" "), qsizetype(words + 1));
    if (list.size() <= words)
        return Value(text);
    list.removeLast();
    QString out = list.join(QLatin1Char(' '));
    if (args.size() > 1)
        args.at(1).appendTo(out);
    else
        out += QLatin1String("...");
    return Value(std::move(out));
}

Value split(const Value &input, const FilterArgs &args, FilterContext &)
{
    return stringsToArray(rubySplit(input.toString(), args.at(0).toString()));
}

Value strip(const Value &input, const FilterArgs &, FilterContext &)
{
    const QString text = input.toString();
    const QStringView stripped = rubyStrip(text);
    return Value(stripped.size() == text.size() ? text : stripped.toString());
}

Value lstrip(const Value &input, const FilterArgs &, FilterContext &)
{
    const QString text = input.toString();
    const QStringView stripped = rubyLStrip(text);
    return Value(stripped.size() == text.size() ? text : stripped.toString());
}

Value rstrip(const Value &input, const FilterArgs &, FilterContext &)
{
    const QString text = input.toString();
    const QStringView stripped = rubyRStrip(text);
    return Value(stripped.size() == text.size() ? text : stripped.toString());
}

} // namespace Liquid::StandardFilters
