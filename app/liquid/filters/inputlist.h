#pragma once

#include "liquid/filter.h"

#include <optional>

namespace Liquid {

// The console's own bounds on what one filter builds (Braze documents none); the same numbers
// as the defaults of Liquid::Limits for loop iterations and output size.
constexpr qint64 MaxFilterItems = 200000;
constexpr qsizetype MaxFilterTextSize = 4 * 1024 * 1024;

// Ruby Liquid's InputIterator: the list an array filter works on. Arrays are flattened (nested
// arrays disappear into their items), a hash is a one-item list, ranges are expanded, nil is
// empty and anything else is a one-item list. nullopt (with ctx's error set) for a range of
// more than MaxFilterItems numbers.
std::optional<Array> inputList(const Value &input, FilterContext &ctx);
// The error for text that would exceed MaxFilterTextSize.
Value textTooLong(FilterContext &ctx, QLatin1String filterName);

// item[property] as Ruby evaluates it inside where/map/sort/...: hashes look the key up,
// strings answer the substring if they contain it ("zoo"["oo"] == "oo"), integers answer a bit
// (1[2] == 0, which is truthy), arrays an element. TypeError and NoMethod mirror the Ruby
// exceptions the filters react to (an error, or a nil result).
struct RubyIndex
{
    enum class Outcome : quint8 { Found, TypeError, NoMethod };
    Outcome outcome = Outcome::Found;
    Value value;
};
RubyIndex rubyIndex(const Value &item, const Value &property);

// Liquid's message for a TypeError on item[property].
QString propertyError(const Value &property);

// item[property] where Ruby's exceptions end the filter (compact, uniq, sort, where...): a
// TypeError sets ctx's error, an item without [] makes the filter answer nil; both -> nullopt.
std::optional<Value> indexOrStop(const Value &item, const Value &property, FilterContext &ctx);

// Ruby's <=> for sort: 0/-1/1, or nullopt when the two cannot be compared.
std::optional<int> rubySpaceship(const Value &a, const Value &b);
// Ruby's eql? (no 1 == 1.0), used by uniq.
bool rubyEql(const Value &a, const Value &b);

} // namespace Liquid
