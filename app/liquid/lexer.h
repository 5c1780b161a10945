#pragma once

#include "liquid/token.h"

#include <QString>

namespace Liquid {

// Splits template source into text, `{{ }}` and `{% %}` tokens on demand, applying
// whitespace control. Outputs end at the first `}}` outside quotes, `${...}` and nested
// `{{ }}` (Braze writes `{{${first_name}}}` and `{{ a | plus: {{b}} }}`); tags end at the
// first `%}` like Shopify's tokenizer.
class Lexer : public TokenStream
{
public:
    explicit Lexer(QStringView source) : m_source(source) {}
    // Lexes source[begin, end) keeping offsets relative to the whole source.
    Lexer(QStringView source, qsizetype begin, qsizetype end) : m_source(source.left(end)), m_pos(begin) {}

    Token next() override;
    bool rawUntil(QStringView endName, QStringView *text, Token *endTag) override;
    QString errorMessage() const override { return m_error; }

    static bool isLiquidSpace(QChar c);
    static QStringView lstrip(QStringView s);
    static QStringView rstrip(QStringView s);
    // Splits "name rest" of a tag's inner text; false when no tag name is present.
    static bool splitTag(QStringView inner, qsizetype innerOffset, Token *token);

private:
    Token lexOutput(qsizetype start);
    Token lexTag(qsizetype start);
    Token error(qsizetype offset, const QString &message);
    qsizetype findDelimiter(qsizetype from) const;

    QStringView m_source;
    qsizetype m_pos = 0;
    bool m_trimNext = false;
    // Where the last "}}" of the source is (found once, on demand): whether an output can still
    // close after a quote must not cost a scan per quote, or a stray "{{" before a long text
    // makes lexing quadratic.
    qsizetype m_lastOutputClose = -2;
    QString m_error;
};

} // namespace Liquid
