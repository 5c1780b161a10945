// assign, capture, echo, increment, decrement: tags that set or print one variable.
#include "liquid/expressionparser.h"
#include "liquid/lexer.h"
#include "liquid/parser.h"
#include "liquid/rendercontext.h"
#include "liquid/tags/tags.h"

#include <QCoreApplication>

namespace Liquid::Tags {

namespace {

// lupdate and the runtime agree on this context because both read it from the macro.
struct TagText
{
    Q_DECLARE_TR_FUNCTIONS(Liquid::Tags)
};

class AssignNode : public Node
{
public:
    AssignNode(qsizetype offset, QString name, FilteredExpression value)
        : Node(offset), m_name(std::move(name)), m_value(std::move(value)) {}
    void render(RenderContext &ctx, QString &) const override
    {
        Value v = m_value.evaluate(ctx);
        if (!ctx.failed())
            ctx.assign(m_name, v);
    }
    bool isBlank() const override { return true; }

private:
    QString m_name;
    FilteredExpression m_value;
};

class CaptureNode : public Node
{
public:
    CaptureNode(qsizetype offset, QString name) : Node(offset), m_name(std::move(name)) {}
    BlockBody body;
    void render(RenderContext &ctx, QString &) const override
    {
        QString captured;
        body.render(ctx, captured);
        ctx.assign(m_name, Value(std::move(captured)));
    }
    bool isBlank() const override { return true; }

private:
    QString m_name;
};

class CounterNode : public Node
{
public:
    CounterNode(qsizetype offset, QString name, int step)
        : Node(offset), m_name(std::move(name)), m_hash(Object::hashKey(m_name)), m_step(step) {}
    void render(RenderContext &ctx, QString &out) const override
    {
        const Value *counter = ctx.counters.find(m_name, m_hash);
        qint64 value = counter && counter->isInt() ? counter->intValue() : 0;
        if (m_step < 0)
            value += m_step;
        out += QString::number(value);
        ctx.counters.insert(m_name, m_hash, Value(m_step > 0 ? value + m_step : value));
    }

private:
    QString m_name;
    size_t m_hash;
    int m_step;
};

} // namespace

std::unique_ptr<Node> parseAssign(Parser &parser, const Token &tag, TokenStream &)
{
    const qsizetype eq = tag.markup.indexOf(QLatin1Char('='));
    const QStringView target = eq < 0 ? QStringView() : tag.markup.left(eq).trimmed();
    if (eq < 0 || target.isEmpty()) {
        parser.fail(tag.offset, TagText::tr("assign needs a name and a value: {% assign name = value %}"));
        return nullptr;
    }
    if (!isValidTargetName(target) && (parser.strict() || target.contains(QLatin1Char('?')) || target.contains(QLatin1Char(' ')))) {
        parser.fail(tag.markupOffset, TagText::tr("'%1' is not a valid variable name").arg(target.toString()));
        return nullptr;
    }
    const qsizetype valueOffset = tag.markupOffset + eq + 1;
    const QStringView valueMarkup = tag.markup.mid(eq + 1);
    FilteredExpression value;
    if (Lexer::lstrip(valueMarkup).isEmpty()) {
        parser.fail(valueOffset, TagText::tr("assign needs a value after '='"));
        return nullptr;
    }
    if (!parser.parseFilteredMarkup(valueMarkup, valueOffset, &value))
        return nullptr;
    parser.noteLocal(target.toString());
    return std::make_unique<AssignNode>(tag.offset, target.toString(), std::move(value));
}

std::unique_ptr<Node> parseCapture(Parser &parser, const Token &tag, TokenStream &tokens)
{
    QStringView name = tag.markup;
    if (name.size() >= 2 && (name.front() == QLatin1Char('\'') || name.front() == QLatin1Char('"')) && name.back() == name.front())
        name = name.mid(1, name.size() - 2);
    if (!isValidTargetName(name)) {
        parser.fail(tag.markupOffset, TagText::tr("capture needs a variable name: {% capture name %}"));
        return nullptr;
    }
    auto node = std::make_unique<CaptureNode>(tag.offset, name.toString());
    Token stop;
    if (!parser.parseBody(tokens, node->body, {QLatin1String("endcapture")}, &stop, &tag))
        return nullptr;
    parser.noteLocal(name.toString());
    return node;
}

std::unique_ptr<Node> parseEcho(Parser &parser, const Token &tag, TokenStream &)
{
    FilteredExpression value;
    if (tag.markup.isEmpty()) {
        value.base.literal = Value(QString());
        return std::make_unique<OutputNode>(tag.offset, std::move(value));
    }
    if (!parser.parseFilteredMarkup(tag.markup, tag.markupOffset, &value))
        return nullptr;
    return std::make_unique<OutputNode>(tag.offset, std::move(value));
}

static std::unique_ptr<Node> parseCounter(Parser &parser, const Token &tag, int step)
{
    if (!isValidTargetName(tag.markup)) {
        parser.fail(tag.markupOffset, TagText::tr("%1 needs a counter name").arg(tag.name.toString()));
        return nullptr;
    }
    parser.noteLocal(tag.markup.toString());
    return std::make_unique<CounterNode>(tag.offset, tag.markup.toString(), step);
}

std::unique_ptr<Node> parseIncrement(Parser &parser, const Token &tag, TokenStream &)
{
    return parseCounter(parser, tag, 1);
}

std::unique_ptr<Node> parseDecrement(Parser &parser, const Token &tag, TokenStream &)
{
    return parseCounter(parser, tag, -1);
}

} // namespace Liquid::Tags
