#pragma once

#include "liquid/expression.h"
#include "liquid/markuplexer.h"

#include <QCoreApplication>

namespace Liquid {

class Parser;

// Parses the markup of one output or tag into expressions. Strict mode rejects anything it
// does not understand; lax mode skips trailing garbage the way Shopify's lax parser does.
class ExpressionParser
{
    Q_DECLARE_TR_FUNCTIONS(Liquid::ExpressionParser)

public:
    ExpressionParser(Parser &parser, QStringView markup, qsizetype offset);

    bool parseFiltered(FilteredExpression *out);
    bool parseExpression(Expression *out);
    bool parseFilters(QList<FilterCall> *out);
    bool parseCondition(Condition *out);
    // `key: value, key2: value2` (include/render arguments, tag attributes).
    bool parseKeywordArguments(QList<std::pair<QString, Expression>> *out);

    const MarkupToken &peek(qsizetype ahead = 0) const;
    MarkupToken take();
    bool accept(MarkupToken::Kind kind);
    bool acceptWord(QLatin1String word);
    bool atEnd() const { return peek().kind == MarkupToken::Kind::End; }
    // Strict: anything left is an error. Lax: ignored.
    bool expectEnd();
    bool fail(const MarkupToken &at, const QString &message);
    bool failed() const;
    QString textBetween(qsizetype start, qsizetype end) const;
    QStringView sourceBetween(qsizetype start, qsizetype end) const;
    qsizetype lastEnd() const { return m_pos > 0 ? m_tokens.at(m_pos - 1).end : m_tokens.first().offset; }
    // Notes a parsed variable path for introspection (out->text set); `content_blocks.${name}`
    // becomes a content block.
    static void finishPath(Parser &parser, Expression *out);

private:
    bool parsePrimary(Expression *out);
    bool parsePathTail(Expression *out);
    bool parseBracketKey(PathSegment *segment);
    bool parseComparison(Condition *out);
    void finishPath(Expression *out, qsizetype start) { out->text = sourceBetween(start, lastEnd()); finishPath(m_parser, out); }
    QString describe(const MarkupToken &token) const;
    // Lax mode: skips tokens up to `until` (Pipe: also '}}'), warning about the skipped text.
    void skipLax(MarkupToken::Kind until);

    Parser &m_parser;
    MarkupTokens m_tokens;
    qsizetype m_pos = 0;
    int m_depth = 0;
    bool m_inCondition = false;
};

} // namespace Liquid
