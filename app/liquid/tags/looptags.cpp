// for (with else, break, continue, forloop) and tablerow.
#include "liquid/parser.h"
#include "liquid/rendercontext.h"
#include "liquid/tags/loopdrops.h"
#include "liquid/tags/loopheader.h"
#include "liquid/tags/tags.h"

#include <limits>

namespace Liquid::Tags {

namespace {

class ForNode : public Node
{
public:
    using Node::Node;
    LoopHeader header;
    BlockBody body;
    BlockBody elseBody;
    bool hasElse = false;

    void render(RenderContext &ctx, QString &out) const override
    {
        const Value collection = header.collection.evaluate(ctx);
        if (ctx.failed())
            return;
        qint64 from = 0, limit = 0;
        bool hasOffset = false, hasLimit = false;
        if (header.offsetContinue) {
            from = ctx.forOffsets.value(header.name, 0);
        } else if (!evaluateLoopInteger(header.offset, ctx, &from, &hasOffset)) {
            return;
        }
        if (!evaluateLoopInteger(header.limit, ctx, &limit, &hasLimit))
            return;
        const LoopItems items(collection, from, hasLimit ? std::optional<qint64>(saturatingAdd(from, limit)) : std::nullopt);
        ctx.forOffsets.insert(header.name, saturatingAdd(from, qint64(items.size())));
        if (items.size() == 0) {
            elseBody.render(ctx, out);
            return;
        }
        const Value parent = ctx.forStack.empty() ? Value() : ctx.forStack.back();
        auto drop = std::make_shared<ForloopDrop>(header.name, items.size(), parent);
        const Value dropValue(drop);
        ctx.pushScope();
        ctx.setLocal(QStringLiteral("forloop"), dropValue);
        ctx.forStack.push_back(dropValue);
        const qint64 n = items.size();
        for (qint64 i = 0; i < n; ++i) {
            if (!ctx.countIteration(offset()))
                break;
            drop->setIndex0(i);
            ctx.setLocal(header.variable, header.variableHash, items.at(header.reversed ? n - 1 - i : i));
            body.render(ctx, out);
            if (ctx.interrupt != RenderContext::Interrupt::None) {
                const bool stop = ctx.interrupt == RenderContext::Interrupt::Break;
                ctx.interrupt = RenderContext::Interrupt::None;
                if (stop)
                    break;
            }
            if (ctx.stopped())
                break;
        }
        ctx.forStack.pop_back();
        ctx.popScope();
    }
    bool isBlank() const override { return body.isBlank() && elseBody.isBlank(); }
};

class InterruptNode : public Node
{
public:
    InterruptNode(qsizetype offset, RenderContext::Interrupt kind) : Node(offset), m_kind(kind) {}
    void render(RenderContext &ctx, QString &) const override { ctx.interrupt = m_kind; }

private:
    RenderContext::Interrupt m_kind;
};

class TablerowNode : public Node
{
public:
    using Node::Node;
    LoopHeader header;
    BlockBody body;

    void render(RenderContext &ctx, QString &out) const override
    {
        const Value collection = header.collection.evaluate(ctx);
        if (ctx.failed())
            return;
        qint64 from = 0, limit = 0, cols = 0;
        bool hasOffset = false, hasLimit = false, hasCols = false;
        if (!evaluateLoopInteger(header.offset, ctx, &from, &hasOffset)
            || !evaluateLoopInteger(header.limit, ctx, &limit, &hasLimit)
            || !evaluateLoopInteger(header.cols, ctx, &cols, &hasCols))
            return;
        const LoopItems items(collection, from, hasLimit ? std::optional<qint64>(saturatingAdd(from, limit)) : std::nullopt);
        const qint64 n = items.size();
        auto drop = std::make_shared<TablerowloopDrop>(n, hasCols ? cols : n);
        out += QLatin1String("<tr class=\"row1\">\n");
        ctx.pushScope();
        ctx.setLocal(QStringLiteral("tablerowloop"), Value(drop));
        for (qint64 i = 0; i < n; ++i) {
            if (!ctx.countIteration(offset()))
                break;
            drop->setIndex0(i);
            ctx.setLocal(header.variable, header.variableHash, items.at(i));
            out += QStringLiteral("<td class=\"col%1\">").arg(drop->col());
            body.render(ctx, out);
            out += QLatin1String("</td>");
            if (ctx.interrupt != RenderContext::Interrupt::None) {
                const bool stop = ctx.interrupt == RenderContext::Interrupt::Break;
                ctx.interrupt = RenderContext::Interrupt::None;
                if (stop)
                    break;
            }
            if (ctx.stopped())
                break;
            if (drop->colLast() && !drop->last())
                out += QStringLiteral("</tr>\n<tr class=\"row%1\">").arg(drop->row() + 1);
        }
        ctx.popScope();
        out += QLatin1String("</tr>\n");
    }
};

} // namespace

std::unique_ptr<Node> parseFor(Parser &parser, const Token &tag, TokenStream &tokens)
{
    auto node = std::make_unique<ForNode>(tag.offset);
    if (!node->header.parse(parser, tag))
        return nullptr;
    Token stop;
    if (!parser.parseBody(tokens, node->body, {QLatin1String("else"), QLatin1String("endfor")}, &stop, &tag))
        return nullptr;
    if (stop.name == QLatin1String("else")) {
        node->hasElse = true;
        if (!parser.parseBody(tokens, node->elseBody, {QLatin1String("endfor")}, &stop, &tag))
            return nullptr;
    }
    if (node->isBlank()) {
        node->body.removeBlankText();
        node->elseBody.removeBlankText();
    }
    return node;
}

std::unique_ptr<Node> parseBreak(Parser &, const Token &tag, TokenStream &)
{
    return std::make_unique<InterruptNode>(tag.offset, RenderContext::Interrupt::Break);
}

std::unique_ptr<Node> parseContinue(Parser &, const Token &tag, TokenStream &)
{
    return std::make_unique<InterruptNode>(tag.offset, RenderContext::Interrupt::Continue);
}

std::unique_ptr<Node> parseTablerow(Parser &parser, const Token &tag, TokenStream &tokens)
{
    auto node = std::make_unique<TablerowNode>(tag.offset);
    if (!node->header.parse(parser, tag))
        return nullptr;
    Token stop;
    if (!parser.parseBody(tokens, node->body, {QLatin1String("endtablerow")}, &stop, &tag))
        return nullptr;
    return node;
}

} // namespace Liquid::Tags
