#include "liquid/filters/inputlist.h"
#include "liquid/filters/rubytext.h"
#include "liquid/filters/standardfilters.h"

#include <numeric>

// sort (Ruby's <=>, nils last, incompatible types are an error) and sort_natural (to_s compared
// ignoring ASCII case, nils last). Both stable and, with a property, keyed by item[property].
namespace Liquid::StandardFilters {

namespace {

// The sort keys (item[property] with a property, else the items); nullopt ends the filter.
std::optional<Array> sortKeys(const Array &items, const Value &property, FilterContext &ctx)
{
    if (property.isNil())
        return items;
    Array keys;
    keys.reserve(items.size());
    for (const Value &item : items) {
        auto key = indexOrStop(item, property, ctx);
        if (!key)
            return std::nullopt;
        keys.append(std::move(*key));
    }
    return keys;
}

template<typename Compare>
Value sortBy(const Value &input, const Value &property, FilterContext &ctx, Compare compare)
{
    const auto list = inputList(input, ctx);
    if (!list)
        return Value();
    const Array &items = *list;
    if (items.isEmpty())
        return Value(Array());
    const auto keys = sortKeys(items, property, ctx);
    if (!keys)
        return Value();
    QList<qsizetype> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    bool incompatible = false;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const auto c = compare(keys->at(a), keys->at(b));
        if (!c) {
            incompatible = true;
            return false;
        }
        return *c < 0;
    });
    if (incompatible)
        return ctx.error(QStringLiteral("cannot sort values of incompatible types"));
    Array out;
    out.reserve(items.size());
    for (qsizetype i : order)
        out.append(items.at(i));
    return Value(std::move(out));
}

std::optional<int> nilSafeCompare(const Value &a, const Value &b)
{
    if (const auto c = rubySpaceship(a, b))
        return c;
    if (a.isNil())
        return 1;
    if (b.isNil())
        return -1;
    return std::nullopt;
}

} // namespace

Value sort(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return sortBy(input, args.at(0), ctx, nilSafeCompare);
}

Value sortNatural(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return sortBy(input, args.at(0), ctx, [](const Value &a, const Value &b) -> std::optional<int> {
        if (a.isNil() || b.isNil())
            return a.isNil() && b.isNil() ? 0 : a.isNil() ? 1 : -1;
        if (a.isString() && b.isString())
            return rubyCaseCompare(a.stringValue(), b.stringValue());
        return rubyCaseCompare(a.toString(), b.toString());
    });
}

} // namespace Liquid::StandardFilters
