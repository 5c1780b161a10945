#include "liquid/filters/inputlist.h"
#include "liquid/filters/standardfilters.h"

// append, prepend and the replace/remove family: literal (not regex) substring replacement on
// to_s, as Ruby's gsub/sub/rindex with a string pattern. An empty pattern matches between
// every character, as in Ruby ("ab" | replace: "", "-" gives "-a-b-").
namespace Liquid::StandardFilters {

namespace {

enum class Which { All, First, Last };

QString replaceEmptyPattern(const QString &text, const QString &with, Which which)
{
    if (which == Which::First)
        return with + text;
    if (which == Which::Last)
        return text + with;
    QString out;
    out.reserve(text.size() + (text.size() + 1) * with.size());
    out += with;
    for (qsizetype i = 0; i < text.size(); ++i) {
        out += text[i];
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            out += text[++i];
        out += with;
    }
    return out;
}

Value substitute(const Value &input, const Value &pattern, const Value &replacement, Which which, FilterContext &ctx)
{
    QString text = input.toString();
    const QString what = pattern.toString();
    const QString with = replacement.toString();
    if (what.isEmpty()) {
        if (which == Which::All && (text.size() + 1) * qint64(with.size()) > MaxFilterTextSize)
            return textTooLong(ctx, QLatin1String("replace"));
        return Value(replaceEmptyPattern(text, with, which));
    }
    if (which == Which::All && with.size() > what.size()
        && text.size() + text.count(what) * qint64(with.size() - what.size()) > MaxFilterTextSize)
        return textTooLong(ctx, QLatin1String("replace"));
    switch (which) {
    case Which::All:
        text.replace(what, with);
        break;
    case Which::First:
        if (const qsizetype at = text.indexOf(what); at >= 0)
            text.replace(at, what.size(), with);
        break;
    case Which::Last:
        if (const qsizetype at = text.lastIndexOf(what); at >= 0)
            text.replace(at, what.size(), with);
        break;
    }
    return Value(std::move(text));
}

} // namespace

Value append(const Value &input, const FilterArgs &args, FilterContext &)
{
    QString text = input.toString();
    args.at(0).appendTo(text);
    return Value(std::move(text));
}

Value prepend(const Value &input, const FilterArgs &args, FilterContext &)
{
    QString text = args.at(0).toString();
    input.appendTo(text);
    return Value(std::move(text));
}

Value remove(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return substitute(input, args.at(0), Value(), Which::All, ctx);
}

Value removeFirst(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return substitute(input, args.at(0), Value(), Which::First, ctx);
}

Value removeLast(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return substitute(input, args.at(0), Value(), Which::Last, ctx);
}

Value replace(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return substitute(input, args.at(0), args.at(1), Which::All, ctx);
}

Value replaceFirst(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return substitute(input, args.at(0), args.at(1), Which::First, ctx);
}

Value replaceLast(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return substitute(input, args.at(0), args.at(1), Which::Last, ctx);
}

} // namespace Liquid::StandardFilters
