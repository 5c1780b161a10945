#include "liquid/braze/tagwords.h"

#include "liquid/lexer.h"
#include "liquid/parser.h"

namespace Liquid::BrazeTags {

bool splitTagWords(Parser &parser, const Token &tag, QList<TagWord> *words)
{
    const QStringView source = parser.source();
    Lexer lexer(source, tag.markupOffset, tag.markupOffset + tag.markup.size());
    bool open = false; // the last word may continue
    while (true) {
        const Token t = lexer.next();
        if (t.kind == Token::Kind::End)
            return true;
        if (t.kind == Token::Kind::Error)
            return parser.fail(t.offset, lexer.errorMessage());
        if (t.kind != Token::Kind::Text) {
            const qsizetype tokenEnd = source.indexOf(t.kind == Token::Kind::Output ? QLatin1String("}}") : QLatin1String("%}"),
                                                      t.markupOffset + t.markup.size()) + 2;
            if (open)
                words->last().end = tokenEnd;
            else
                words->append({t.offset, tokenEnd});
            open = true;
            continue;
        }
        const qsizetype textEnd = t.markup.isEmpty() ? t.offset : t.markupOffset + t.markup.size();
        for (qsizetype i = t.offset; i < textEnd; ++i) {
            if (Lexer::isLiquidSpace(source[i])) {
                open = false;
                continue;
            }
            if (open)
                words->last().end = i + 1;
            else
                words->append({i, i + 1});
            open = true;
        }
    }
}

bool parseLiquidRange(Parser &parser, qsizetype begin, qsizetype end, BlockBody *body)
{
    Lexer lexer(parser.source(), begin, end);
    return parser.parseBody(lexer, *body, {}, nullptr, nullptr);
}

} // namespace Liquid::BrazeTags
