// cycle and ifchanged: tags whose output depends on what they printed before.
#include "liquid/expressionparser.h"
#include "liquid/parser.h"
#include "liquid/rendercontext.h"
#include "liquid/tags/tags.h"

#include <QCoreApplication>

namespace Liquid::Tags {

namespace {

class CycleNode : public Node
{
public:
    using Node::Node;
    std::optional<Expression> group;
    QString anonymousKey; // unnamed cycles share state when their values are written alike
    QList<Expression> values;

    void render(RenderContext &ctx, QString &out) const override
    {
        QString key;
        if (group) {
            const Value g = group->evaluate(ctx);
            key = g.isNil() ? QStringLiteral("\x01nil") : QStringLiteral("\x02") + g.toString();
        } else {
            key = anonymousKey;
        }
        qint64 &iteration = ctx.cycles[key];
        if (iteration >= values.size() || iteration < 0)
            iteration = 0;
        values.at(iteration).evaluate(ctx).appendTo(out);
        if (++iteration >= values.size())
            iteration = 0;
    }
};

class IfchangedNode : public Node
{
public:
    using Node::Node;
    BlockBody body;

    void render(RenderContext &ctx, QString &out) const override
    {
        QString rendered;
        body.render(ctx, rendered);
        if (ctx.ifchangedSet && rendered == ctx.ifchangedLast)
            return;
        ctx.ifchangedSet = true;
        ctx.ifchangedLast = rendered;
        out += rendered;
    }
};

} // namespace

std::unique_ptr<Node> parseCycle(Parser &parser, const Token &tag, TokenStream &)
{
    auto node = std::make_unique<CycleNode>(tag.offset);
    ExpressionParser p(parser, tag.markup, tag.markupOffset);
    Expression first;
    if (p.atEnd()) {
        parser.fail(tag.offset, QCoreApplication::translate("Liquid", "cycle needs values: {% cycle 'a', 'b' %}"));
        return nullptr;
    }
    if (!p.parseExpression(&first))
        return nullptr;
    if (p.accept(MarkupToken::Kind::Colon)) {
        node->group = std::move(first);
        Expression v;
        if (!p.parseExpression(&v))
            return nullptr;
        node->values.append(std::move(v));
    } else {
        node->values.append(std::move(first));
    }
    while (p.accept(MarkupToken::Kind::Comma)) {
        Expression v;
        if (!p.parseExpression(&v))
            return nullptr;
        node->values.append(std::move(v));
    }
    if (!p.expectEnd())
        return nullptr;
    if (!node->group) {
        node->anonymousKey = QStringLiteral("\x03");
        for (const Expression &v : std::as_const(node->values))
            node->anonymousKey += (v.isLiteral() ? v.literal.typeName() + QLatin1Char(':') + v.literal.toString() : v.text.toString()) + QLatin1Char('\x04');
    }
    return node;
}

std::unique_ptr<Node> parseIfchanged(Parser &parser, const Token &tag, TokenStream &tokens)
{
    auto node = std::make_unique<IfchangedNode>(tag.offset);
    Token stop;
    if (!parser.parseBody(tokens, node->body, {QLatin1String("endifchanged")}, &stop, &tag))
        return nullptr;
    return node;
}

} // namespace Liquid::Tags
