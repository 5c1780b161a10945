#pragma once

#include "liquid/expression.h"

#include <QStringView>

namespace Liquid {

class Parser;

// Reads markup the way Shopify Liquid 5's lax parser does (its regular expressions: quoted
// fragments, the variable scanner, `Syntax` of if/unless), for markup the regular parser
// rejects. Braze runs Liquid in lax mode, so a template with stray braces, curly quotes or
// `&&` still renders there; the console renders the same and the caller reports a warning.
// Braze's `${…}` is read as one attribute name, as Braze does before Liquid sees it.
class RubyLaxReader
{
public:
    RubyLaxReader(Parser &parser, QStringView markup, qsizetype offset);

    // Variable#lax_parse: the first quoted fragment is the value, filters follow the first '|'.
    void readFiltered(FilteredExpression *out) const;
    // If#lax_parse: `left op right` chains joined by and/or; false when Ruby would raise too.
    bool readCondition(Condition *out) const;
    // Liquid::Expression.parse of one fragment.
    Expression readExpression(QStringView fragment, qsizetype offset) const;

    // Whether brackets nest at most `depth` levels (deeper markup is refused, not read laxly).
    static bool withinNesting(QStringView markup, int depth);

    // How the lax reading went, for the warning: "x | date" or "a == b".
    static QString describe(const FilteredExpression &expression);
    static QString describe(const Condition &condition);

private:
    void readLookup(QStringView fragment, qsizetype offset, Expression *out) const;
    bool readComparison(QStringView chunk, qsizetype offset, Condition *out) const;
    qsizetype offsetOf(QStringView part) const { return m_offset + (part.data() - m_markup.data()); }

    Parser &m_parser;
    QStringView m_markup;
    QString m_masked; // the markup with blanks inside ${…} masked, so a fragment keeps them
    qsizetype m_offset;
};

} // namespace Liquid
