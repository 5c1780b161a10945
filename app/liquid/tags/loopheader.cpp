#include "liquid/tags/loopheader.h"

#include "liquid/expressionparser.h"
#include "liquid/parser.h"
#include "liquid/rendercontext.h"
#include "liquid/tags/tags.h"

#include <QCoreApplication>

namespace Liquid {

using K = MarkupToken::Kind;

bool LoopHeader::parse(Parser &parser, const Token &tag)
{
    ExpressionParser p(parser, tag.markup, tag.markupOffset);
    const MarkupToken var = p.take();
    if (var.kind != K::Identifier || !Tags::isValidTargetName(var.text))
        return p.fail(var, QCoreApplication::translate("Liquid", "%1 needs a loop variable: {% %1 item in list %}").arg(tag.name.toString()));
    variable = var.text.toString();
    variableHash = Object::hashKey(variable);
    if (!p.acceptWord(QLatin1String("in")))
        return p.fail(p.peek(), QCoreApplication::translate("Liquid", "expected 'in' after '%1'").arg(variable));
    const qsizetype start = p.peek().offset;
    if (!p.parseExpression(&collection))
        return false;
    name = variable + QLatin1Char('-') + p.textBetween(start, p.lastEnd());
    parser.noteLocal(variable);
    while (!p.atEnd()) {
        if (p.accept(K::Comma))
            continue;
        if (p.acceptWord(QLatin1String("reversed"))) {
            reversed = true;
            continue;
        }
        if (p.peek().kind == K::Identifier && p.peek(1).kind == K::Colon) {
            const QStringView attribute = p.take().text;
            p.take();
            if (attribute == QLatin1String("offset") && p.acceptWord(QLatin1String("continue"))) {
                offsetContinue = true;
                continue;
            }
            Expression value;
            if (!p.parseExpression(&value))
                return false;
            if (attribute == QLatin1String("limit"))
                limit = std::move(value);
            else if (attribute == QLatin1String("offset"))
                offset = std::move(value);
            else if (attribute == QLatin1String("cols"))
                cols = std::move(value);
            continue;
        }
        if (!p.expectEnd())
            return false;
        break;
    }
    return true;
}

LoopItems::LoopItems(const Value &collection, qint64 from, std::optional<qint64> to) : m_collection(collection)
{
    qint64 total = 0;
    switch (collection.type()) {
    case Value::Type::Array:
    case Value::Type::Range:
    case Value::Type::Object:
        total = collection.size();
        break;
    case Value::Type::String:
        // Shopify loops once over a non-empty string, whatever the offset/limit.
        m_size = collection.stringValue().isEmpty() ? 0 : 1;
        return;
    default:
        return;
    }
    m_from = qBound<qint64>(0, from, total);
    const qint64 end = to ? qBound<qint64>(m_from, *to, total) : total;
    m_size = qMax<qint64>(0, end - m_from);
}

Value LoopItems::at(qint64 i) const
{
    switch (m_collection.type()) {
    case Value::Type::String:
        return m_collection;
    case Value::Type::Object: {
        const auto &e = m_collection.objectValue().entries().at(m_from + i);
        return Value(Array{Value(e.first), e.second});
    }
    default:
        return m_collection.at(m_from + i);
    }
}

bool evaluateLoopInteger(const std::optional<Expression> &expr, RenderContext &ctx, qint64 *value, bool *present)
{
    *present = false;
    if (!expr)
        return true;
    const Value v = expr->evaluate(ctx);
    if (ctx.failed())
        return false;
    if (v.isNil())
        return true;
    bool ok = false;
    *value = v.toInteger(&ok);
    if (!ok) {
        ctx.fail(QCoreApplication::translate("Liquid", "invalid integer '%1' in %2").arg(v.toString(), expr->text));
        return false;
    }
    *present = true;
    return true;
}

} // namespace Liquid
