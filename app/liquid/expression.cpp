#include "liquid/expression.h"

#include "liquid/environment.h"
#include "liquid/filterregistry.h"
#include "liquid/filters/standardfilters.h"
#include "liquid/rendercontext.h"

#include <QCoreApplication>

namespace Liquid {

const Value *Expression::resolve(RenderContext &ctx, Value &scratch) const
{
    switch (kind) {
    case Kind::Literal:
        return &literal;
    case Kind::Path:
        return resolvePath(ctx, scratch);
    case Kind::Range:
        scratch = evaluateRange(ctx);
        return &scratch;
    case Kind::Wrapped:
        scratch = wrapped->evaluate(ctx);
        return &scratch;
    case Kind::ContentBlock: {
        scratch = Value(QString());
        if (ctx.contentBlockDepth >= 2)
            return &scratch; // a third level is removed, as Braze does (§7.3)
        Diagnostic error;
        const TemplatePtr block = ctx.environment().loadPartial(Environment::PartialKind::ContentBlock, literal.stringValue(), &error);
        if (!block) {
            ctx.fail(error.message);
            return &scratch;
        }
        QString out;
        const Template *previous = ctx.currentTemplate();
        ctx.setCurrentTemplate(block.get());
        ++ctx.contentBlockDepth;
        block->root().render(ctx, out);
        --ctx.contentBlockDepth;
        ctx.setCurrentTemplate(previous);
        scratch = Value(std::move(out));
        return &scratch;
    }
    }
    return &scratch;
}

// The rest of a path written inside Braze's wrapper: `address.city`, `cart_items[0]`,
// `songs[1].title` (braze-liquid.md §2.1: the default-values page writes paths inside it).
// `name` is the first component, already looked up as `start`.
static Value walkBrazePath(Value v, QStringView rest)
{
    qsizetype i = 0;
    while (i < rest.size() && !v.isNil()) {
        if (rest[i] == QLatin1Char('.')) {
            ++i;
            continue;
        }
        if (rest[i] == QLatin1Char('[')) {
            const qsizetype close = rest.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return Value();
            QStringView inner = rest.mid(i + 1, close - i - 1).trimmed();
            bool isIndex = false;
            const qint64 index = inner.toLongLong(&isIndex);
            if (isIndex) {
                v = v.index(Value(index));
            } else {
                if (inner.size() >= 2 && (inner.front() == QLatin1Char('"') || inner.front() == QLatin1Char('\'')) && inner.back() == inner.front())
                    inner = inner.mid(1, inner.size() - 2);
                v = v.index(Value(inner.toString()));
            }
            i = close + 1;
            continue;
        }
        qsizetype end = i;
        while (end < rest.size() && rest[end] != QLatin1Char('.') && rest[end] != QLatin1Char('['))
            ++end;
        v = v.property(rest.mid(i, end - i));
        i = end;
    }
    return v;
}

// Where the first component of a Braze path ends ("cart_items" of "cart_items[0]"), or -1.
static qsizetype brazePathSplit(QStringView key)
{
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key[i] == QLatin1Char('.') || key[i] == QLatin1Char('['))
            return i > 0 ? i : -1;
    }
    return -1;
}

static Value brazeKeyLookup(const Value &container, QStringView key)
{
    if (container.isObject()) {
        if (const Value *v = container.objectValue().find(key))
            return *v;
        const qsizetype split = brazePathSplit(key);
        if (split < 0)
            return Value();
        const Value *first = container.objectValue().find(key.left(split));
        return first ? walkBrazePath(*first, key.mid(split)) : Value();
    }
    return container.property(key);
}

static const Value kNil;

const Value *Expression::resolvePath(RenderContext &ctx, Value &scratch) const
{
    const PathSegment &root = path.front();
    const Value *v;
    if (root.kind == PathSegment::Kind::Dynamic) {
        const QString key = root.dynamic->evaluate(ctx).toString();
        v = ctx.find(key, Object::hashKey(key));
    } else {
        v = ctx.find(root.key, root.hash);
        if (!v && root.kind == PathSegment::Kind::BrazeKey) {
            const qsizetype split = brazePathSplit(root.key);
            if (const Value *first = split > 0 ? ctx.find(root.key.left(split), Object::hashKey(root.key.left(split))) : nullptr) {
                scratch = walkBrazePath(*first, root.key.mid(split));
                v = &scratch;
            }
        }
    }
    for (qsizetype i = 1; v && i < path.size(); ++i) {
        const PathSegment &s = path.at(i);
        // Objects and arrays are walked in place; only computed values (size, drops,
        // dotted Braze paths) go through scratch.
        if (v->isObject() && (s.kind == PathSegment::Kind::Key || s.kind == PathSegment::Kind::BrazeKey)) {
            if (const Value *found = v->objectValue().find(s.key, s.hash)) {
                v = found;
                continue;
            }
            if (s.kind == PathSegment::Kind::Key && !s.dotted) {
                v = nullptr;
                break;
            }
        } else if (v->isArray() && s.kind == PathSegment::Kind::Index) {
            const Array &a = v->arrayValue();
            const qint64 index = s.index < 0 ? s.index + a.size() : s.index;
            v = index >= 0 && index < a.size() ? &a.at(index) : nullptr;
            continue;
        }
        Value next;
        switch (s.kind) {
        case PathSegment::Kind::Key:
            next = s.dotted ? v->property(s.key) : v->index(Value(s.key.toString()));
            break;
        case PathSegment::Kind::Index:
            next = v->index(Value(s.index));
            break;
        case PathSegment::Kind::Dynamic:
            next = v->index(s.dynamic->evaluate(ctx));
            break;
        case PathSegment::Kind::BrazeKey:
            next = brazeKeyLookup(*v, s.key);
            break;
        }
        scratch = std::move(next);
        v = &scratch;
    }
    if (!v || v->isNil()) {
        ctx.noteUndefined(text);
        return &kNil;
    }
    return v;
}

static qint64 rangeBound(const Value &v, bool *ok)
{
    *ok = true;
    switch (v.type()) {
    case Value::Type::Nil:
        return 0;
    case Value::Type::String:
        return v.toNumber().toInteger();
    default:
        return v.toInteger(ok);
    }
}

Value Expression::evaluateRange(RenderContext &ctx) const
{
    bool ok1 = false, ok2 = false;
    const qint64 first = rangeBound(rangeStart->evaluate(ctx), &ok1);
    const qint64 last = rangeBound(rangeEnd->evaluate(ctx), &ok2);
    if (!ok1 || !ok2) {
        ctx.fail(QCoreApplication::translate("Liquid", "invalid integer in range %1").arg(text));
        return Value();
    }
    return Value::range(first, last);
}

static QString arityMessage(const FilterSpec &spec, qsizetype given)
{
    // Ruby counts the input as the first argument.
    const QString expected = spec.maxArgs < 0 ? QStringLiteral("%1+").arg(spec.minArgs + 1)
        : spec.minArgs == spec.maxArgs ? QString::number(spec.minArgs + 1)
                                       : QStringLiteral("%1..%2").arg(spec.minArgs + 1).arg(spec.maxArgs + 1);
    return QCoreApplication::translate("Liquid", "%1: wrong number of arguments (given %2, expected %3)")
        .arg(spec.name).arg(given + 1).arg(expected);
}

Value FilteredExpression::evaluate(RenderContext &ctx) const
{
    Value scratch;
    const Value *input = base.resolve(ctx, scratch);
    if (filters.isEmpty())
        return *input;
    Value v;
    for (const FilterCall &call : filters) {
        if (ctx.failed() || ctx.stopped())
            return Value();
        if (!call.spec) {
            if (input) { // unknown filter in lax mode: Shopify passes the input through
                v = *input;
                input = nullptr;
            }
            continue;
        }
        const FilterSpec &spec = *call.spec;
        const qsizetype given = call.args.size();
        if (given < spec.minArgs || (spec.maxArgs >= 0 && given > spec.maxArgs)) {
            ctx.fail(arityMessage(spec, given));
            return Value();
        }
        if (input && input != &scratch && call.argsRenderTemplates) {
            scratch = *input; // content blocks in the arguments may assign to the scope input lives in
            input = &scratch;
        }
        FilterArgs args;
        for (const Expression &arg : call.args)
            args.positional.append(arg.evaluate(ctx));
        for (const auto &kw : call.keywords)
            args.keywords.append({kw.first, kw.second.evaluate(ctx)});
        if (ctx.failed())
            return Value();
        if (Q_UNLIKELY(ctx.shared().outputObserver != nullptr) && spec.function == &StandardFilters::defaultValue)
            ctx.shared().defaultUsed = StandardFilters::defaultApplies(input ? *input : v, args);
        v = spec.function(input ? *input : v, args, ctx.filterContext());
        input = nullptr;
        if (v.isString() && !ctx.checkSize(v.stringValue().size(), call.offset))
            return Value();
    }
    return input ? *input : v;
}

Condition::Op Condition::opFromText(QStringView op)
{
    if (op == QLatin1String("=="))
        return Op::Equal;
    if (op == QLatin1String("!=") || op == QLatin1String("<>"))
        return Op::NotEqual;
    if (op == QLatin1String("<"))
        return Op::Less;
    if (op == QLatin1String(">"))
        return Op::Greater;
    if (op == QLatin1String("<="))
        return Op::LessEqual;
    if (op == QLatin1String(">="))
        return Op::GreaterEqual;
    if (op == QLatin1String("contains"))
        return Op::Contains;
    return Op::Unknown;
}

bool Condition::compare(const Value &l, Op op, const Value &r, RenderContext &ctx)
{
    switch (op) {
    case Op::Truthy:
        return l.isTruthy();
    case Op::Equal:
        return l.equals(r);
    case Op::NotEqual:
        return !l.equals(r);
    case Op::Contains:
        return l.contains(r);
    case Op::Unknown:
        return false;
    default:
        break;
    }
    const Value::Ordering o = l.compare(r);
    if (o == Value::Ordering::Error) {
        ctx.fail(QCoreApplication::translate("Liquid", "comparison of %1 with %2 failed")
                     .arg(l.typeName(), r.isNumber() ? r.toString() : r.typeName()));
        return false;
    }
    switch (op) {
    case Op::Less: return o == Value::Ordering::Less;
    case Op::Greater: return o == Value::Ordering::Greater;
    case Op::LessEqual: return o == Value::Ordering::Less || o == Value::Ordering::Equal;
    case Op::GreaterEqual: return o == Value::Ordering::Greater || o == Value::Ordering::Equal;
    default: return false;
    }
}

bool Condition::evaluate(RenderContext &ctx) const
{
    Value leftScratch, rightScratch;
    const Value *lp = left.resolve(ctx, leftScratch);
    if (right.kind == Expression::Kind::ContentBlock && lp != &leftScratch) {
        leftScratch = *lp; // rendering the block may assign to the scope lp points into
        lp = &leftScratch;
    }
    const Value &l = *lp;
    if (Q_UNLIKELY(op == Op::Unknown)) {
        ctx.fail(QCoreApplication::translate("Liquid", "Unknown operator %1").arg(unknownOperator));
        return false;
    }
    const bool result = op == Op::Truthy ? l.isTruthy() : compare(l, op, *right.resolve(ctx, rightScratch), ctx);
    switch (link) {
    case Link::And: return result && next->evaluate(ctx);
    case Link::Or: return result || next->evaluate(ctx);
    case Link::None: break;
    }
    return result;
}

} // namespace Liquid
