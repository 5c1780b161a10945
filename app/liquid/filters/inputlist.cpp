#include "liquid/filters/inputlist.h"

#include "liquid/filters/rubytext.h"

#include <cmath>
#include <optional>

namespace Liquid {

namespace {

void flattenInto(const Array &items, Array &out, int depth)
{
    for (const Value &v : items) {
        if (v.isArray() && depth < 64)
            flattenInto(v.arrayValue(), out, depth + 1);
        else if (!v.isArray())
            out.append(v);
    }
}

std::optional<qint64> integerKey(const Value &property)
{
    if (property.isInt())
        return property.intValue();
    if (property.isDouble() && std::isfinite(property.doubleValue()))
        return qint64(std::trunc(property.doubleValue()));
    return std::nullopt;
}

} // namespace

std::optional<Array> inputList(const Value &input, FilterContext &ctx)
{
    switch (input.type()) {
    case Value::Type::Array: {
        const Array &items = input.arrayValue();
        for (const Value &v : items) {
            if (v.isArray()) {
                Array out;
                out.reserve(items.size());
                flattenInto(items, out, 0);
                return out;
            }
        }
        return items; // shared, no copy
    }
    case Value::Type::Range: {
        const qint64 first = input.rangeFirst(), last = input.rangeLast();
        if (last < first)
            return Array();
        if (quint64(last) - quint64(first) >= quint64(MaxFilterItems)) {
            ctx.error(QStringLiteral("the range (%1..%2) is too large: the console works with at most %3 items")
                          .arg(first).arg(last).arg(MaxFilterItems));
            return std::nullopt;
        }
        Array out;
        out.reserve(qsizetype(last - first + 1));
        for (qint64 i = first;; ++i) { // stops before ++ can overflow at INT64_MAX
            out.append(Value(i));
            if (i == last)
                break;
        }
        return out;
    }
    case Value::Type::Nil:
        return Array();
    default:
        return Array{input};
    }
}

RubyIndex rubyIndex(const Value &item, const Value &property)
{
    using O = RubyIndex::Outcome;
    switch (item.type()) {
    case Value::Type::Object:
        return {O::Found, item.index(property)};
    case Value::Type::Drop:
        return {O::Found, property.isString() ? item.drop()->property(property.stringValue()) : Value()};
    case Value::Type::String: {
        if (property.isString())
            return {O::Found, item.stringValue().contains(property.stringValue()) ? property : Value()};
        const auto i = integerKey(property);
        if (!i)
            return {O::TypeError, Value()};
        const auto ch = codePointSlice(item.stringValue(), *i, 1);
        return {O::Found, ch && !ch->isEmpty() ? Value(*ch) : Value()};
    }
    case Value::Type::Int: {
        const auto bit = integerKey(property);
        if (!bit)
            return {O::TypeError, Value()};
        const qint64 n = item.intValue();
        const qint64 value = *bit < 0 ? 0 : *bit >= 63 ? (n < 0 ? 1 : 0) : (n >> *bit) & 1;
        return {O::Found, Value(value)};
    }
    case Value::Type::Array: {
        const auto i = integerKey(property);
        if (!i)
            return {O::TypeError, Value()};
        return {O::Found, item.at(*i)};
    }
    default:
        return {O::NoMethod, Value()};
    }
}

std::optional<Value> indexOrStop(const Value &item, const Value &property, FilterContext &ctx)
{
    RubyIndex r = rubyIndex(item, property);
    if (r.outcome == RubyIndex::Outcome::TypeError)
        ctx.error(propertyError(property));
    if (r.outcome != RubyIndex::Outcome::Found)
        return std::nullopt;
    return std::move(r.value);
}

Value textTooLong(FilterContext &ctx, QLatin1String filterName)
{
    return ctx.error(QStringLiteral("%1: the result would be longer than %2 characters")
                         .arg(filterName).arg(MaxFilterTextSize));
}

QString propertyError(const Value &property)
{
    return QStringLiteral("cannot select the property '%1'").arg(property.toString());
}

std::optional<int> rubySpaceship(const Value &a, const Value &b)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.isInt() && b.isInt())
            return a.intValue() < b.intValue() ? -1 : a.intValue() > b.intValue() ? 1 : 0;
        const double x = a.toDouble(), y = b.toDouble();
        if (std::isnan(x) || std::isnan(y))
            return std::nullopt;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (a.type() != b.type())
        return std::nullopt;
    switch (a.type()) {
    case Value::Type::Nil:
        return 0;
    case Value::Type::String: {
        const int c = a.stringValue().compare(b.stringValue());
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case Value::Type::Array: {
        const Array &x = a.arrayValue(), &y = b.arrayValue();
        for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
            const auto c = rubySpaceship(x.at(i), y.at(i));
            if (!c || *c != 0)
                return c;
        }
        return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    default: // booleans, hashes, ...: only equal ones compare (Object#<=>)
        return a.equals(b) ? std::optional<int>(0) : std::nullopt;
    }
}

bool rubyEql(const Value &a, const Value &b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Value::Type::Int: return a.intValue() == b.intValue();
    case Value::Type::Double: return a.doubleValue() == b.doubleValue();
    case Value::Type::String: return a.stringValue() == b.stringValue();
    case Value::Type::Array: {
        const Array &x = a.arrayValue(), &y = b.arrayValue();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!rubyEql(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    case Value::Type::Object: {
        const Object &x = a.objectValue(), &y = b.objectValue();
        if (x.size() != y.size())
            return false;
        for (const auto &e : x.entries()) {
            const Value *other = y.find(e.first);
            if (!other || !rubyEql(e.second, *other))
                return false;
        }
        return true;
    }
    default:
        return a.equals(b);
    }
}

} // namespace Liquid
