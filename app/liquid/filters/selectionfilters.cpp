#include "liquid/filters/inputlist.h"
#include "liquid/filters/standardfilters.h"

// where, reject, has, find, find_index: Ruby Liquid's filter_array. An item matches when
// item[property] is truthy (no target) or equals the target. Like Ruby, the scan stops at the
// first item that cannot be indexed and the whole result is nil; find/has/find_index stop at
// the first match before reaching such items.
namespace Liquid::StandardFilters {

namespace {

enum class Mode { Select, Reject, Any, Find, FindIndex };

Value filterArray(const Value &input, const FilterArgs &args, FilterContext &ctx, Mode mode)
{
    const auto list = inputList(input, ctx);
    if (!list)
        return Value();
    const Array &items = *list;
    // An empty list or a nil property (e.g. an undefined variable) gives the empty answer; the
    // reference implementation does not raise for "x"[nil] here.
    if (items.isEmpty() || args.at(0).isNil()) {
        switch (mode) {
        case Mode::Select:
        case Mode::Reject: return Value(Array());
        case Mode::Any: return Value(false);
        default: return Value();
        }
    }
    const Value &property = args.at(0);
    const Value &target = args.at(1);
    Array kept;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Value &item = items.at(i);
        const auto value = indexOrStop(item, property, ctx);
        if (!value)
            return Value();
        const bool match = target.isNil() ? value->isTruthy() : value->equals(target);
        switch (mode) {
        case Mode::Select:
            if (match)
                kept.append(item);
            break;
        case Mode::Reject:
            if (!match)
                kept.append(item);
            break;
        case Mode::Any:
            if (match)
                return Value(true);
            break;
        case Mode::Find:
            if (match)
                return item;
            break;
        case Mode::FindIndex:
            if (match)
                return Value(qint64(i));
            break;
        }
    }
    if (mode == Mode::Any)
        return Value(false);
    if (mode == Mode::Find || mode == Mode::FindIndex)
        return Value();
    return Value(std::move(kept));
}

} // namespace

Value where(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return filterArray(input, args, ctx, Mode::Select);
}

Value reject(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return filterArray(input, args, ctx, Mode::Reject);
}

Value has(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return filterArray(input, args, ctx, Mode::Any);
}

Value find(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return filterArray(input, args, ctx, Mode::Find);
}

Value findIndex(const Value &input, const FilterArgs &args, FilterContext &ctx)
{
    return filterArray(input, args, ctx, Mode::FindIndex);
}

} // namespace Liquid::StandardFilters
