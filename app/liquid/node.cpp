#include "liquid/node.h"

#include "liquid/lexer.h"
#include "liquid/rendercontext.h"

namespace Liquid {

void BlockBody::append(std::unique_ptr<Node> node)
{
    m_blank = m_blank && node->isBlank();
    m_nodes.push_back(std::move(node));
}

void BlockBody::render(RenderContext &ctx, QString &out) const
{
    for (const auto &node : m_nodes) {
        node->render(ctx, out);
        if (Q_UNLIKELY(ctx.failed()))
            ctx.reportPendingError(node->offset(), out);
        if (Q_UNLIKELY(ctx.shouldLeaveBlock()))
            return;
        if (Q_UNLIKELY(!ctx.countStep(node->offset()) || !ctx.checkSize(out.size(), node->offset())))
            return;
    }
}

void BlockBody::removeBlankText()
{
    std::erase_if(m_nodes, [](const std::unique_ptr<Node> &n) {
        return dynamic_cast<const TextNode *>(n.get()) && n->isBlank();
    });
}

TextNode::TextNode(qsizetype offset, QStringView text)
    : Node(offset), m_text(text), m_blank(Lexer::lstrip(m_text).isEmpty())
{
}

void TextNode::render(RenderContext &, QString &out) const
{
    out += m_text;
}

void OutputNode::render(RenderContext &ctx, QString &out) const
{
    RenderShared &shared = ctx.shared();
    if (Q_UNLIKELY(shared.outputObserver != nullptr) && ctx.currentTemplate() == shared.observedTemplate) {
        shared.defaultUsed = false;
        const qsizetype start = out.size();
        renderValue(ctx, out);
        shared.outputObserver->outputRendered(offset(), QStringView(out).mid(start), shared.defaultUsed);
        return;
    }
    renderValue(ctx, out);
}

void OutputNode::renderValue(RenderContext &ctx, QString &out) const
{
    if (m_expression.filters.isEmpty()) {
        Value scratch;
        m_expression.base.resolve(ctx, scratch)->appendTo(out);
        return;
    }
    const Value v = m_expression.evaluate(ctx);
    if (!ctx.failed())
        v.appendTo(out);
}

} // namespace Liquid
