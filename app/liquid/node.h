#pragma once

#include "liquid/expression.h"

#include <QString>

#include <memory>
#include <vector>

namespace Liquid {

class RenderContext;

// A piece of a compiled template. Nodes are immutable after parsing, so one Template can be
// rendered many times (and from several threads, each with its own RenderContext).
class Node
{
public:
    explicit Node(qsizetype offset) : m_offset(offset) {}
    virtual ~Node() = default;
    virtual void render(RenderContext &ctx, QString &out) const = 0;
    // Shopify's blank?: a block whose children are all blank (whitespace, assign, comment...)
    // renders no whitespace at all.
    virtual bool isBlank() const { return false; }
    qsizetype offset() const { return m_offset; }

private:
    qsizetype m_offset;
};

class BlockBody
{
public:
    void append(std::unique_ptr<Node> node);
    void render(RenderContext &ctx, QString &out) const;
    bool isBlank() const { return m_blank; }
    // Drops whitespace-only text (called when the enclosing block tag is blank).
    void removeBlankText();
    bool isEmpty() const { return m_nodes.empty(); }

private:
    std::vector<std::unique_ptr<Node>> m_nodes;
    bool m_blank = true;
};

class TextNode : public Node
{
public:
    // `text` views the source of the template the node belongs to.
    TextNode(qsizetype offset, QStringView text);
    void render(RenderContext &ctx, QString &out) const override;
    bool isBlank() const override { return m_blank; }

private:
    QStringView m_text;
    bool m_blank;
};

// {{ expr | filters }} and {% echo %}
class OutputNode : public Node
{
public:
    OutputNode(qsizetype offset, FilteredExpression expression) : Node(offset), m_expression(std::move(expression)) {}
    void render(RenderContext &ctx, QString &out) const override;

private:
    void renderValue(RenderContext &ctx, QString &out) const;

    FilteredExpression m_expression;
};

} // namespace Liquid
