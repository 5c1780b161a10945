#pragma once

#include "liquid/expression.h"
#include "liquid/token.h"

#include <limits>
#include <optional>

namespace Liquid {

class Parser;
class RenderContext;

// `item in collection reversed limit: 2 offset: continue cols: 3` shared by for and tablerow.
struct LoopHeader
{
    QString variable;
    size_t variableHash = 0;
    Expression collection;
    QString name; // "item-collection", Shopify's key for offset: continue and forloop.name
    bool reversed = false;
    bool offsetContinue = false;
    std::optional<Expression> limit, offset, cols;

    bool parse(Parser &parser, const Token &tag);
};

// The items a loop visits: a window on an array, a range or a single string, without
// copying arrays.
class LoopItems
{
public:
    // from/to as Shopify's slice_collection: no `to` means no limit.
    LoopItems(const Value &collection, qint64 from, std::optional<qint64> to);
    qint64 size() const { return m_size; }
    Value at(qint64 i) const;

private:
    Value m_collection;
    qint64 m_from = 0;
    qint64 m_size = 0;
};

// Evaluates an optional integer attribute (limit, offset, cols); false after ctx.fail().
bool evaluateLoopInteger(const std::optional<Expression> &expr, RenderContext &ctx, qint64 *value, bool *present);

// offset + limit as the template gives them, which may be anything: clamped to qint64's range
// instead of overflowing.
inline qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

} // namespace Liquid
