#include "liquid/markuplexer.h"

namespace Liquid {

void MarkupLexer::tokenize(QStringView s, qsizetype base, MarkupTokens &out)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto push = [&](MarkupToken::Kind kind, qsizetype start, qsizetype len) {
        out.append(MarkupToken{kind, s.mid(start, len), base + start, base + start + len});
    };
    while (i < n) {
        const QChar c = s[i];
        const char16_t u = c.unicode();
        if (u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v') {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (isIdentifierStart(c)) {
            ++i;
            while (i < n && isIdentifierChar(s[i]))
                ++i;
            if (i < n && s[i] == QLatin1Char('?'))
                ++i;
            push(MarkupToken::Kind::Identifier, start, i - start);
            continue;
        }
        const bool negative = u == '-' && i + 1 < n && s[i + 1].isDigit();
        if (c.isDigit() || negative) {
            ++i;
            while (i < n && s[i].isDigit())
                ++i;
            bool isFloat = false;
            if (i + 1 < n && s[i] == QLatin1Char('.') && s[i + 1].isDigit()) {
                isFloat = true;
                i += 2;
                while (i < n && s[i].isDigit())
                    ++i;
            }
            push(isFloat ? MarkupToken::Kind::Float : MarkupToken::Kind::Integer, start, i - start);
            continue;
        }
        if (u == '\'' || u == '"') {
            const qsizetype close = s.indexOf(c, i + 1);
            if (close < 0) {
                push(MarkupToken::Kind::Invalid, start, n - start);
                out.append(MarkupToken{MarkupToken::Kind::End, QStringView(), base + n, base + n});
                return;
            }
            out.append(MarkupToken{MarkupToken::Kind::String, s.mid(i + 1, close - i - 1), base + start, base + close + 1});
            i = close + 1;
            continue;
        }
        if (u == '$' && i + 1 < n && s[i + 1] == QLatin1Char('{')) {
            const qsizetype close = s.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0) {
                push(MarkupToken::Kind::Invalid, start, n - start);
                out.append(MarkupToken{MarkupToken::Kind::End, QStringView(), base + n, base + n});
                return;
            }
            out.append(MarkupToken{MarkupToken::Kind::BrazeAttribute, s.mid(i + 2, close - i - 2).trimmed(), base + start, base + close + 1});
            i = close + 1;
            continue;
        }
        const QChar next = i + 1 < n ? s[i + 1] : QChar();
        switch (u) {
        case '.':
            if (next == QLatin1Char('.')) {
                push(MarkupToken::Kind::DotDot, start, 2);
                i += 2;
            } else {
                push(MarkupToken::Kind::Dot, start, 1);
                ++i;
            }
            continue;
        case '[': push(MarkupToken::Kind::LBracket, start, 1); ++i; continue;
        case ']': push(MarkupToken::Kind::RBracket, start, 1); ++i; continue;
        case '(': push(MarkupToken::Kind::LParen, start, 1); ++i; continue;
        case ')': push(MarkupToken::Kind::RParen, start, 1); ++i; continue;
        case '|': push(MarkupToken::Kind::Pipe, start, 1); ++i; continue;
        case ':': push(MarkupToken::Kind::Colon, start, 1); ++i; continue;
        case ',': push(MarkupToken::Kind::Comma, start, 1); ++i; continue;
        case '{':
            if (next == QLatin1Char('{')) {
                push(MarkupToken::Kind::OpenOutput, start, 2);
                i += 2;
                continue;
            }
            break;
        case '}':
            if (next == QLatin1Char('}')) {
                push(MarkupToken::Kind::CloseOutput, start, 2);
                i += 2;
                continue;
            }
            break;
        case '=':
            if (next == QLatin1Char('=')) {
                push(MarkupToken::Kind::Comparison, start, 2);
                i += 2;
            } else {
                push(MarkupToken::Kind::Assign, start, 1);
                ++i;
            }
            continue;
        case '!':
            if (next == QLatin1Char('=')) {
                push(MarkupToken::Kind::Comparison, start, 2);
                i += 2;
                continue;
            }
            break;
        case '<':
            if (next == QLatin1Char('=') || next == QLatin1Char('>')) {
                push(MarkupToken::Kind::Comparison, start, 2);
                i += 2;
            } else {
                push(MarkupToken::Kind::Comparison, start, 1);
                ++i;
            }
            continue;
        case '>':
            if (next == QLatin1Char('=')) {
                push(MarkupToken::Kind::Comparison, start, 2);
                i += 2;
            } else {
                push(MarkupToken::Kind::Comparison, start, 1);
                ++i;
            }
            continue;
        default:
            break;
        }
        push(MarkupToken::Kind::Invalid, start, 1);
        ++i;
    }
    out.append(MarkupToken{MarkupToken::Kind::End, QStringView(), base + n, base + n});
}

} // namespace Liquid
