#include "liquid/filters/inputlist.h"
#include "liquid/filters/rubynumeric.h"
#include "liquid/filters/rubytext.h"
#include "liquid/filters/standardfilters.h"

#include <QSet>

// join, first, last, size, concat, reverse, compact, uniq, map, sum.
namespace Liquid::StandardFilters {

Value join(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    const QString glue = args.size() > 0 ? args.at(0).toString() : QStringLiteral(" ");
    const auto list = inputList(input, ctx);
    if (!list)
        return Value();
    const Array &items = *list;
    QString out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += glue;
        items.at(i).appendTo(out);
        if (out.size() > MaxFilterTextSize)
            return textTooLong(ctx, QLatin1String("join"));
    }
    return Value(std::move(out));
}

Value first(const Value &input, const FilterArgs &, FilterContext &)
{
    if (input.isArray() || input.isRange())
        return input.at(0);
    if (input.isObject() && !input.objectValue().isEmpty()) { // Hash#first: [key, value]
        const auto &entry = input.objectValue().entries().first();
        return Value(Array{Value(entry.first), entry.second});
    }
    return Value();
}

Value last(const Value &input, const FilterArgs &, FilterContext &)
{
    if (input.isArray() || input.isRange())
        return input.at(-1);
    return Value();
}

Value size(const Value &input, const FilterArgs &, FilterContext &)
{
    switch (input.type()) {
    case Value::Type::String:
        return Value(qint64(codePointCount(input.stringValue())));
    case Value::Type::Int:
        return Value(qint64(8)); // Ruby's Integer#size: bytes in a machine word
    case Value::Type::Drop: {
        const Value n = input.drop()->property(u"size");
        return n.isInt() ? n : Value(qint64(0));
    }
    default:
        return Value(input.size());
    }
}

Value concat(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    if (!args.at(0).isArray())
        return ctx.error(QStringLiteral("concat filter requires an array argument"));
    auto list = inputList(input, ctx);
    if (!list)
        return Value();
    Array out = std::move(*list);
    out.append(args.at(0).arrayValue());
    return Value(std::move(out));
}

Value reverse(const Value &input, const FilterArgs &, FilterContext &ctx)
{
    auto list = inputList(input, ctx);
    if (!list)
        return Value();
    Array out = std::move(*list);
    std::reverse(out.begin(), out.end());
    return Value(std::move(out));
}

Value compact(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    const auto list = inputList(input, ctx);
    if (!list)
        return Value();
    const Array &items = *list;
    const Value &property = args.at(0);
    Array out;
    out.reserve(items.size());
    for (const Value &item : items) {
        if (property.isNil()) {
            if (!item.isNil())
                out.append(item);
            continue;
        }
        const auto value = indexOrStop(item, property, ctx);
        if (!value)
            return Value();
        if (!value->isNil())
            out.append(item);
    }
    return Value(std::move(out));
}

Value uniq(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    const auto list = inputList(input, ctx);
    if (!list)
        return Value();
    const Array &items = *list;
    const Value &property = args.at(0);
    Array out;
    Array seenOther; // keys that are neither strings nor integers (compared one by one)
    QSet<QString> seenStrings;
    QSet<qint64> seenInts;
    for (const Value &item : items) {
        Value key = item;
        if (!property.isNil()) {
            const auto value = indexOrStop(item, property, ctx);
            if (!value)
                return Value();
            key = *value;
        }
        bool fresh = false;
        if (key.isString()) {
            fresh = !seenStrings.contains(key.stringValue());
            seenStrings.insert(key.stringValue());
        } else if (key.isInt()) {
            fresh = !seenInts.contains(key.intValue());
            seenInts.insert(key.intValue());
        } else {
            fresh = std::none_of(seenOther.cbegin(), seenOther.cend(), [&](const Value &s) { return rubyEql(s, key); });
            if (fresh)
                seenOther.append(key);
        }
        if (fresh)
            out.append(item);
    }
    return Value(std::move(out));
}

Value map(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    const auto list = inputList(input, ctx);
    if (!list)
        return Value();
    const Array &items = *list;
    const Value &property = args.at(0);
    const bool itself = property.isString() && property.stringValue() == QLatin1String("to_liquid");
    Array out;
    out.reserve(items.size());
    for (const Value &item : items) {
        if (itself) {
            out.append(item);
            continue;
        }
        const RubyIndex r = rubyIndex(item, property);
        if (r.outcome == RubyIndex::Outcome::TypeError)
            return ctx.error(propertyError(property));
        out.append(r.value);
    }
    return Value(std::move(out));
}

Value sum(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    const auto list = inputList(input, ctx);
    if (!list)
        return Value();
    const Array &items = *list;
    const Value &property = args.at(0);
    RubyNumeric total = RubyNumeric::fromInteger(0);
    for (const Value &item : items) {
        Value v = item;
        if (!property.isNil()) {
            const RubyIndex r = rubyIndex(item, property);
            if (r.outcome == RubyIndex::Outcome::TypeError)
                return ctx.error(propertyError(property));
            v = r.outcome == RubyIndex::Outcome::NoMethod ? Value(qint64(0)) : r.value;
        }
        total = total.plus(RubyNumeric::fromValue(v));
    }
    return total.toValue();
}

} // namespace Liquid::StandardFilters
