#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Liquid {

// One piece of template source: literal text, an output `{{ markup }}` or a tag
// `{% name markup %}`. Views point into the template source, which outlives parsing.
struct Token
{
    enum class Kind : quint8 { Text, Output, Tag, End, Error };

    Kind kind = Kind::End;
    QStringView name;    // tag name ("if", "#", ...)
    QStringView markup;  // Text: the text (whitespace control applied); Output/Tag: inner markup
    qsizetype offset = 0;       // where the token starts in the template source
    qsizetype markupOffset = 0; // where markup starts
    bool trimLeft = false;      // {%- / {{-
    bool trimRight = false;     // -%} / -}}
};

// Where the parser gets tokens: the template lexer, or the lines of a `{% liquid %}` tag.
class TokenStream
{
public:
    virtual ~TokenStream() = default;
    virtual Token next() = 0;
    // Raw text up to `{% endName %}` (raw, doc): returns false when the end tag is missing
    // or raw text is not possible here (inside `liquid`).
    virtual bool rawUntil(QStringView endName, QStringView *text, Token *endTag) = 0;
    virtual bool isLiquidTagBody() const { return false; }
    virtual QString errorMessage() const { return QString(); }
};

// Tokens prepared in advance (the body of a `{% liquid %}` tag, one tag per line).
class ListTokenStream : public TokenStream
{
public:
    explicit ListTokenStream(QList<Token> tokens) : m_tokens(std::move(tokens)) {}
    Token next() override { return m_index < m_tokens.size() ? m_tokens.at(m_index++) : Token{}; }
    bool rawUntil(QStringView, QStringView *, Token *) override { return false; }
    bool isLiquidTagBody() const override { return true; }

private:
    QList<Token> m_tokens;
    qsizetype m_index = 0;
};

} // namespace Liquid
