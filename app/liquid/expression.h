#pragma once

#include "liquid/value.h"

#include <QList>
#include <memory>

namespace Liquid {

class RenderContext;
struct FilterSpec;
struct FilteredExpression;

// One step of a variable path, resolved at parse time: `.name` / `["name"]` (Key),
// `[0]` (Index), `[expr]` (Dynamic) or Braze's `.${name with spaces}` (BrazeKey).
struct PathSegment
{
    enum class Kind : quint8 { Key, Index, Dynamic, BrazeKey };
    Kind kind = Kind::Key;
    bool dotted = false;  // `.size` may call size/first/last; `["size"]` may not
    QStringView key;      // views the template's source (Template keeps what it does not hold)
    size_t hash = 0;      // Object::hashKey(key), computed once at parse time
    qint64 index = 0;
    std::shared_ptr<const FilteredExpression> dynamic;
};

// An operand: a literal, a variable path, a range `(a..b)`, or a `{{ expr | f }}` wrapper
// (Braze allows those inside tags and filter arguments).
struct Expression
{
    enum class Kind : quint8 { Literal, Path, Range, Wrapped, ContentBlock };
    Kind kind = Kind::Literal;
    Value literal;
    QList<PathSegment> path;   // path[0] is the root variable
    std::shared_ptr<const FilteredExpression> rangeStart, rangeEnd, wrapped;
    QStringView text;          // as written (a view like `key`): forloop.name, introspection, undefined reports
    qsizetype offset = 0;

    Value evaluate(RenderContext &ctx) const { Value scratch; return *resolve(ctx, scratch); }
    // The value without copying it when it lives in the data or a literal; computed values
    // are stored in `scratch`.
    const Value *resolve(RenderContext &ctx, Value &scratch) const;
    bool isLiteral() const { return kind == Kind::Literal; }

private:
    const Value *resolvePath(RenderContext &ctx, Value &scratch) const;
    Value evaluateRange(RenderContext &ctx) const;
};

struct FilterCall
{
    const FilterSpec *spec = nullptr; // nullptr: unknown filter, passed through (lax mode)
    QString name;
    QList<Expression> args;
    QList<std::pair<QString, Expression>> keywords;
    qsizetype offset = 0;
    bool argsRenderTemplates = false; // an argument is a content block (renders Liquid)
};

// `expr | filter: args | ...` — what an output or an assign evaluates.
struct FilteredExpression
{
    Expression base;
    QList<FilterCall> filters;

    Value evaluate(RenderContext &ctx) const;
};

// `a == b and c contains d or e`: a chain evaluated right to left as Shopify does
// (`x and y or z` means `x and (y or z)`).
struct Condition
{
    enum class Op : quint8 { Truthy, Equal, NotEqual, Less, Greater, LessEqual, GreaterEqual, Contains, Unknown };
    enum class Link : quint8 { None, And, Or };
    Expression left;
    Op op = Op::Truthy;
    Expression right;
    Link link = Link::None;
    std::shared_ptr<const Condition> next;
    QString unknownOperator; // Op::Unknown (lax mode): fails when evaluated, as in Ruby

    bool evaluate(RenderContext &ctx) const;
    // The operator a condition spells as `op` (==, !=, <>, <, >, <=, >=, contains); Unknown otherwise.
    static Op opFromText(QStringView op);
    static bool compare(const Value &left, Op op, const Value &right, RenderContext &ctx);
};

} // namespace Liquid
