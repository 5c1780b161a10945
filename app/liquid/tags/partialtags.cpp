// include and render: insert another template from the host's partial source.
#include "liquid/environment.h"
#include "liquid/expressionparser.h"
#include "liquid/parser.h"
#include "liquid/rendercontext.h"
#include "liquid/tags/loopdrops.h"
#include "liquid/tags/tags.h"

#include <QCoreApplication>

namespace Liquid::Tags {

namespace {

// lupdate and the runtime agree on this context because both read it from the macro.
struct TagText
{
    Q_DECLARE_TR_FUNCTIONS(Liquid::Tags)
};

using K = MarkupToken::Kind;

struct PartialCall
{
    Expression name;
    std::optional<Expression> variable; // with/for EXPR
    bool isFor = false;
    QString alias;
    QList<std::pair<QString, Expression>> arguments;

    bool parse(Parser &parser, const Token &tag, bool nameMustBeLiteral)
    {
        ExpressionParser p(parser, tag.markup, tag.markupOffset);
        if (p.atEnd())
            return parser.fail(tag.offset, TagText::tr("%1 needs a template name").arg(tag.name.toString()));
        if (nameMustBeLiteral && p.peek().kind != K::String)
            return p.fail(p.peek(), TagText::tr("render needs the template name in quotes"));
        if (!p.parseExpression(&name))
            return false;
        if (name.isLiteral() && name.literal.isString())
            parser.notePartial(name.literal.stringValue());
        if (p.peek().kind == K::Identifier && p.peek(1).kind != K::Colon
            && (p.peek().text == QLatin1String("with") || p.peek().text == QLatin1String("for"))) {
            isFor = p.take().text == QLatin1String("for");
            Expression v;
            if (!p.parseExpression(&v))
                return false;
            variable = std::move(v);
        }
        if (p.peek().kind == K::Identifier && p.peek().text == QLatin1String("as") && p.peek(1).kind == K::Identifier) {
            p.take();
            alias = p.take().text.toString();
        }
        return p.parseKeywordArguments(&arguments);
    }

    const Template *load(RenderContext &ctx, QString *templateName, TemplatePtr *holder, qsizetype offset) const
    {
        const Value n = name.evaluate(ctx);
        if (!n.isString()) {
            ctx.fail(TagText::tr("the name of an included template must be a string, not %1").arg(n.isNil() ? QStringLiteral("nil") : n.toString()));
            return nullptr;
        }
        if (ctx.depth >= ctx.environment().limits().maxIncludeDepth) {
            ctx.stop(Diagnostic::Kind::Limit, TagText::tr("templates include each other more than %1 levels deep (console limit); does a partial include itself?")
                                                  .arg(ctx.environment().limits().maxIncludeDepth), offset);
            return nullptr;
        }
        Diagnostic error;
        *holder = ctx.environment().loadPartial(Environment::PartialKind::Partial, n.stringValue(), &error);
        if (!*holder) {
            ctx.fail(error.message);
            return nullptr;
        }
        *templateName = n.stringValue();
        return holder->get();
    }

    QString variableName(const QString &templateName) const
    {
        return alias.isEmpty() ? templateName.section(QLatin1Char('/'), -1) : alias;
    }
};

class IncludeNode : public Node
{
public:
    using Node::Node;
    PartialCall call;

    void render(RenderContext &ctx, QString &out) const override
    {
        QString templateName;
        TemplatePtr holder;
        const Template *partial = call.load(ctx, &templateName, &holder, offset());
        if (!partial)
            return;
        const QString variableName = call.variableName(templateName);
        bool found = false;
        const Value variable = call.variable ? call.variable->evaluate(ctx) : ctx.lookup(templateName, &found);
        ctx.pushScope();
        for (const auto &[key, value] : call.arguments)
            ctx.setLocal(key, value.evaluate(ctx));
        const Template *previous = ctx.currentTemplate();
        ctx.setCurrentTemplate(partial);
        ++ctx.depth;
        if (variable.isArray()) {
            for (const Value &item : variable.arrayValue()) {
                ctx.setLocal(variableName, item);
                partial->root().render(ctx, out);
                if (ctx.shouldLeaveBlock())
                    break;
            }
        } else {
            ctx.setLocal(variableName, variable);
            partial->root().render(ctx, out);
        }
        --ctx.depth;
        ctx.setCurrentTemplate(previous);
        ctx.popScope();
    }
};

class RenderNode : public Node
{
public:
    using Node::Node;
    PartialCall call;

    void render(RenderContext &ctx, QString &out) const override
    {
        QString templateName;
        TemplatePtr holder;
        const Template *partial = call.load(ctx, &templateName, &holder, offset());
        if (!partial)
            return;
        const Value variable = call.variable ? call.variable->evaluate(ctx) : Value();
        if (call.isFor && (variable.isArray() || variable.isRange())) {
            const qint64 n = variable.size();
            auto drop = std::make_shared<ForloopDrop>(templateName, n, Value());
            for (qint64 i = 0; i < n && !ctx.stopped(); ++i) {
                if (!ctx.countIteration(offset()))
                    return;
                drop->setIndex0(i);
                renderOnce(ctx, *partial, templateName, variable.at(i), Value(drop), out);
            }
            return;
        }
        renderOnce(ctx, *partial, templateName, variable, Value(), out);
    }

private:
    // Each render gets a fresh, isolated context: no outer variables, counters or loops.
    void renderOnce(RenderContext &ctx, const Template &partial, const QString &templateName,
                    const Value &variable, const Value &forloop, QString &out) const
    {
        RenderContext inner(ctx.shared(), &partial, Value());
        inner.depth = ctx.depth + 1;
        inner.isolated = true;
        if (!forloop.isNil())
            inner.setLocal(QStringLiteral("forloop"), forloop);
        for (const auto &[key, value] : call.arguments)
            inner.setLocal(key, value.evaluate(ctx));
        if (!variable.isNil())
            inner.setLocal(call.variableName(templateName), variable);
        partial.root().render(inner, out);
        if (inner.failed())
            inner.reportPendingError(offset(), out);
    }
};

} // namespace

std::unique_ptr<Node> parseInclude(Parser &parser, const Token &tag, TokenStream &)
{
    auto node = std::make_unique<IncludeNode>(tag.offset);
    if (!node->call.parse(parser, tag, false))
        return nullptr;
    return node;
}

std::unique_ptr<Node> parseRender(Parser &parser, const Token &tag, TokenStream &)
{
    auto node = std::make_unique<RenderNode>(tag.offset);
    if (!node->call.parse(parser, tag, true))
        return nullptr;
    return node;
}

} // namespace Liquid::Tags
