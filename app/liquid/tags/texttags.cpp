// comment, {% # %}, doc, raw and liquid: tags about template text rather than values.
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

class RawNode : public Node
{
public:
    RawNode(qsizetype offset, QString text) : Node(offset), m_text(std::move(text)) {}
    void render(RenderContext &, QString &out) const override { out += m_text; }
    bool isBlank() const override { return m_text.isEmpty(); }

private:
    QString m_text;
};

class LiquidNode : public Node
{
public:
    using Node::Node;
    BlockBody body;
    void render(RenderContext &ctx, QString &out) const override { body.render(ctx, out); }
    bool isBlank() const override { return body.isBlank(); }
};

// Does `text` contain a `{% name %}` tag?
bool containsTag(QStringView text, QLatin1String name)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{%"), from);
        if (open < 0)
            return false;
        qsizetype i = open + 2;
        if (i < text.size() && text[i] == QLatin1Char('-'))
            ++i;
        while (i < text.size() && Lexer::isLiquidSpace(text[i]))
            ++i;
        if (text.mid(i).startsWith(name)) {
            const qsizetype after = i + name.size();
            if (after >= text.size() || !(text[after].isLetterOrNumber() || text[after] == QLatin1Char('_')))
                return true;
        }
        from = open + 2;
    }
}

} // namespace

std::unique_ptr<Node> parseComment(Parser &parser, const Token &tag, TokenStream &tokens)
{
    // The body is tokenized (so malformed tags still fail, as in Shopify) but not parsed;
    // nested comments and raw blocks are honoured.
    int depth = 1;
    while (true) {
        const Token t = tokens.next();
        if (t.kind == Token::Kind::End) {
            parser.fail(tag.offset, TagText::tr("'comment' tag was never closed; add {% endcomment %}"));
            return nullptr;
        }
        if (t.kind == Token::Kind::Error) {
            parser.fail(t.offset, tokens.errorMessage());
            return nullptr;
        }
        if (t.kind != Token::Kind::Tag)
            continue;
        if (t.name == QLatin1String("comment")) {
            ++depth;
        } else if (t.name == QLatin1String("endcomment")) {
            if (--depth == 0)
                break;
        } else if (t.name == QLatin1String("raw") && !tokens.isLiquidTagBody()) {
            QStringView text;
            Token end;
            if (!tokens.rawUntil(u"endraw", &text, &end)) {
                parser.fail(t.offset, TagText::tr("'raw' tag was never closed; add {% endraw %}"));
                return nullptr;
            }
        }
    }
    return std::make_unique<BlankNode>(tag.offset);
}

std::unique_ptr<Node> parseInlineComment(Parser &parser, const Token &tag, TokenStream &)
{
    const QStringView text = tag.markup;
    qsizetype newline = text.indexOf(QLatin1Char('\n'));
    while (newline >= 0) {
        const QStringView rest = Lexer::lstrip(text.mid(newline + 1));
        if (!rest.isEmpty() && rest.front() != QLatin1Char('#')) {
            parser.fail(tag.markupOffset + newline + 1, TagText::tr("every line of an inline comment must start with '#'"));
            return nullptr;
        }
        newline = text.indexOf(QLatin1Char('\n'), newline + 1);
    }
    return std::make_unique<BlankNode>(tag.offset);
}

std::unique_ptr<Node> parseDoc(Parser &parser, const Token &tag, TokenStream &tokens)
{
    if (!tag.markup.isEmpty()) {
        parser.fail(tag.markupOffset, TagText::tr("doc takes no arguments"));
        return nullptr;
    }
    QStringView text;
    Token end;
    if (!tokens.rawUntil(u"enddoc", &text, &end)) {
        parser.fail(tag.offset, TagText::tr("'doc' tag was never closed; add {% enddoc %}"));
        return nullptr;
    }
    if (containsTag(text, QLatin1String("doc"))) {
        parser.fail(tag.offset, TagText::tr("doc tags cannot be nested"));
        return nullptr;
    }
    return std::make_unique<BlankNode>(tag.offset);
}

std::unique_ptr<Node> parseRaw(Parser &parser, const Token &tag, TokenStream &tokens)
{
    QStringView text;
    Token end;
    if (!tokens.rawUntil(u"endraw", &text, &end)) {
        parser.fail(tag.offset, tokens.isLiquidTagBody() ? TagText::tr("raw cannot be used inside a liquid tag")
                                                         : TagText::tr("'raw' tag was never closed; add {% endraw %}"));
        return nullptr;
    }
    return std::make_unique<RawNode>(tag.offset, text.toString());
}

std::unique_ptr<Node> parseLiquid(Parser &parser, const Token &tag, TokenStream &)
{
    // One tag per line; blocks must open and close inside this tag.
    QList<Token> lineTokens;
    qsizetype lineStart = 0;
    const QStringView markup = tag.markup;
    while (lineStart <= markup.size()) {
        qsizetype lineEnd = markup.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = markup.size();
        const QStringView line = markup.mid(lineStart, lineEnd - lineStart);
        if (!Lexer::lstrip(line).isEmpty()) {
            Token t;
            t.kind = Token::Kind::Tag;
            t.offset = tag.markupOffset + lineStart;
            if (!Lexer::splitTag(line, t.offset, &t)) {
                parser.fail(t.offset, TagText::tr("each line of a liquid tag must start with a tag name"));
                return nullptr;
            }
            lineTokens.append(t);
        }
        lineStart = lineEnd + 1;
    }
    auto node = std::make_unique<LiquidNode>(tag.offset);
    ListTokenStream stream(std::move(lineTokens));
    if (!parser.parseBody(stream, node->body, {}, nullptr, nullptr))
        return nullptr;
    return node;
}

} // namespace Liquid::Tags
