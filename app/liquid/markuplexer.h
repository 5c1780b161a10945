#pragma once

#include <QStringView>
#include <QVarLengthArray>

namespace Liquid {

// A token inside tag or output markup: `product.tags[0] | join: ', '`.
struct MarkupToken
{
    enum class Kind : quint8 {
        Identifier, String, Integer, Float, Dot, DotDot, LBracket, RBracket, LParen, RParen,
        Pipe, Colon, Comma, Comparison, Assign, OpenOutput, CloseOutput, BrazeAttribute, End, Invalid
    };
    Kind kind = Kind::End;
    QStringView text;   // String: without quotes; BrazeAttribute: the name inside ${ }
    qsizetype offset = 0; // absolute offset in the template source
    qsizetype end = 0;    // absolute offset just after the token
};

// The tokens of one markup; most tags and outputs fit without a heap allocation.
using MarkupTokens = QVarLengthArray<MarkupToken, 32>;

// Splits markup into MarkupTokens. Identifiers are Shopify's: letters, digits, '_' and
// '-' (not first), optionally ending in '?'.
class MarkupLexer
{
public:
    static void tokenize(QStringView markup, qsizetype baseOffset, MarkupTokens &out);
    static bool isIdentifierStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
    static bool isIdentifierChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-'); }
};

} // namespace Liquid
