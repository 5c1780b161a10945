#include "liquid/expression.h"

#include "liquid/environment.h"
#include "liquid/filterregistry.h"
#include "liquid/rendercontext.h"

#include <QCoreApplication>

namespace Liquid {

Value Expression::evaluate(RenderContext &ctx) const
{
    switch (kind) {
    case Kind::Literal:
        return literal;
    case Kind::Path:
        return evaluatePath(ctx);
    case Kind::Range:
        return evaluateRange(ctx);
    case Kind::Wrapped:
        return wrapped->evaluate(ctx);
    case Kind::ContentBlock: {
        if (ctx.contentBlockDepth >= 2)
            return Value(QString()); // a third level is removed, as Braze does (§7.3)
        Diagnostic error;
        const TemplatePtr block = ctx.environment().loadPartial(Environment::PartialKind::ContentBlock, literal.stringValue(), &error);
        if (!block) {
            ctx.fail(error.message);
            return Value();
        }
        QString out;
        const Template *previous = ctx.currentTemplate();
        ctx.setCurrentTemplate(block.get());
        ++ctx.contentBlockDepth;
        block->root().render(ctx, out);
        --ctx.contentBlockDepth;
        ctx.setCurrentTemplate(previous);
        return Value(std::move(out));
    }
    }
    return Value();
}

static Value brazeKeyLookup(const Value &container, const QString &key)
{
    if (container.isObject()) {
        if (const Value *v = container.objectValue().find(key))
            return *v;
        // {{custom_attribute.${address.city}}}: the path written inside the wrapper (§2.1)
        if (key.contains(QLatin1Char('.'))) {
            Value v = container;
            for (const QStringView part : QStringView(key).split(QLatin1Char('.')))
                v = v.property(part);
            return v;
        }
        return Value();
    }
    return container.property(key);
}

Value Expression::evaluatePath(RenderContext &ctx) const
{
    const PathSegment &root = path.front();
    bool found = true;
    Value v;
    if (root.kind == PathSegment::Kind::Dynamic) {
        const Value key = root.dynamic->evaluate(ctx);
        v = ctx.lookup(key.toString(), &found);
    } else {
        v = ctx.lookup(root.key, &found);
    }
    for (qsizetype i = 1; i < path.size() && found; ++i) {
        const PathSegment &s = path.at(i);
        switch (s.kind) {
        case PathSegment::Kind::Key:
            v = s.dotted ? v.property(s.key) : v.index(Value(s.key));
            break;
        case PathSegment::Kind::Index:
            v = v.index(Value(s.index));
            break;
        case PathSegment::Kind::Dynamic:
            v = v.index(s.dynamic->evaluate(ctx));
            break;
        case PathSegment::Kind::BrazeKey:
            v = brazeKeyLookup(v, s.key);
            break;
        }
        if (v.isNil())
            found = false;
    }
    if (!found)
        ctx.noteUndefined(text);
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
    Value v = base.evaluate(ctx);
    for (const FilterCall &call : filters) {
        if (ctx.failed() || ctx.stopped())
            return Value();
        if (!call.spec)
            continue; // unknown filter in lax mode: Shopify passes the input through
        const FilterSpec &spec = *call.spec;
        const qsizetype given = call.args.size();
        if (given < spec.minArgs || (spec.maxArgs >= 0 && given > spec.maxArgs)) {
            ctx.fail(arityMessage(spec, given));
            return Value();
        }
        FilterArgs args;
        for (const Expression &arg : call.args)
            args.positional.append(arg.evaluate(ctx));
        for (const auto &kw : call.keywords)
            args.keywords.append({kw.first, kw.second.evaluate(ctx)});
        if (ctx.failed())
            return Value();
        v = spec.function(v, args, ctx.filterContext());
        if (v.isString() && !ctx.checkSize(v.stringValue().size(), call.offset))
            return Value();
    }
    return v;
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
    const Value l = left.evaluate(ctx);
    const bool result = op == Op::Truthy ? l.isTruthy() : compare(l, op, right.evaluate(ctx), ctx);
    switch (link) {
    case Link::And: return result && next->evaluate(ctx);
    case Link::Or: return result || next->evaluate(ctx);
    case Link::None: break;
    }
    return result;
}

} // namespace Liquid
