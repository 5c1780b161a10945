#include "liquid/lexer.h"

#include <QCoreApplication>

namespace Liquid {

bool Lexer::isLiquidSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\v' || u == '\f';
}

QStringView Lexer::lstrip(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isLiquidSpace(s[i]))
        ++i;
    return s.mid(i);
}

QStringView Lexer::rstrip(QStringView s)
{
    qsizetype n = s.size();
    while (n > 0 && (isLiquidSpace(s[n - 1]) || s[n - 1].unicode() == 0))
        --n;
    return s.left(n);
}

Token Lexer::error(qsizetype offset, const QString &message)
{
    Token t;
    t.kind = Token::Kind::Error;
    t.offset = offset;
    m_error = message;
    m_pos = m_source.size();
    return t;
}

qsizetype Lexer::findDelimiter(qsizetype from) const
{
    for (qsizetype i = from; i + 1 < m_source.size(); ++i) {
        if (m_source[i] == QLatin1Char('{')) {
            const QChar c = m_source[i + 1];
            if (c == QLatin1Char('{') || c == QLatin1Char('%'))
                return i;
        }
    }
    return -1;
}

Token Lexer::next()
{
    if (m_pos >= m_source.size())
        return Token{};
    const bool atDelimiter = m_pos + 1 < m_source.size() && m_source[m_pos] == QLatin1Char('{')
        && (m_source[m_pos + 1] == QLatin1Char('{') || m_source[m_pos + 1] == QLatin1Char('%'));
    if (atDelimiter)
        return m_source[m_pos + 1] == QLatin1Char('{') ? lexOutput(m_pos) : lexTag(m_pos);

    const qsizetype start = m_pos;
    qsizetype end = findDelimiter(m_pos);
    if (end < 0)
        end = m_source.size();
    QStringView text = m_source.mid(start, end - start);
    if (m_trimNext)
        text = lstrip(text);
    m_trimNext = false;
    if (end + 2 < m_source.size() && m_source[end + 2] == QLatin1Char('-'))
        text = rstrip(text);
    m_pos = end;
    Token t;
    t.kind = Token::Kind::Text;
    t.markup = text;
    t.offset = start;
    t.markupOffset = text.isEmpty() ? start : text.data() - m_source.data();
    return t;
}

Token Lexer::lexOutput(qsizetype start)
{
    qsizetype i = start + 2;
    Token t;
    t.kind = Token::Kind::Output;
    t.offset = start;
    t.trimLeft = i < m_source.size() && m_source[i] == QLatin1Char('-');
    if (t.trimLeft)
        ++i;
    const qsizetype inner = i;
    int depth = 0;
    while (i < m_source.size()) {
        const QChar c = m_source[i];
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype close = m_source.indexOf(c, i + 1);
            // A string that closes with the output still closable after it is skipped
            // whole ('}}' inside quotes); a stray quote is ordinary text.
            if (m_lastOutputClose == -2)
                m_lastOutputClose = m_source.lastIndexOf(QLatin1String("}}"));
            if (close >= 0 && m_lastOutputClose >= close + 1) {
                i = close + 1;
                continue;
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < m_source.size() && m_source[i + 1] == QLatin1Char('{')) {
            const qsizetype close = m_source.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0)
                break;
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('{') && i + 1 < m_source.size() && m_source[i + 1] == QLatin1Char('{')) {
            ++depth;
            i += 2;
            continue;
        }
        if (c == QLatin1Char('}') && i + 1 < m_source.size() && m_source[i + 1] == QLatin1Char('}')) {
            if (depth > 0) {
                --depth;
                i += 2;
                continue;
            }
            qsizetype innerEnd = i;
            if (innerEnd > inner && m_source[innerEnd - 1] == QLatin1Char('-')) {
                t.trimRight = true;
                --innerEnd;
            }
            t.markup = m_source.mid(inner, innerEnd - inner);
            t.markupOffset = inner;
            m_pos = i + 2;
            m_trimNext = t.trimRight;
            return t;
        }
        ++i;
    }
    return error(start, QCoreApplication::translate("Liquid", "output '{{' was not closed with '}}'"));
}

bool Lexer::splitTag(QStringView inner, qsizetype innerOffset, Token *t)
{
    qsizetype i = 0;
    while (i < inner.size() && isLiquidSpace(inner[i]))
        ++i;
    const qsizetype nameStart = i;
    if (i < inner.size() && inner[i] == QLatin1Char('#')) {
        ++i;
    } else {
        while (i < inner.size() && (inner[i].isLetterOrNumber() || inner[i] == QLatin1Char('_')))
            ++i;
    }
    if (i == nameStart)
        return false;
    t->name = inner.mid(nameStart, i - nameStart);
    const QStringView rest = inner.mid(i);
    const QStringView stripped = rstrip(lstrip(rest));
    t->markup = stripped;
    t->markupOffset = innerOffset + i + (stripped.isEmpty() ? 0 : (stripped.data() - rest.data()));
    return true;
}

Token Lexer::lexTag(qsizetype start)
{
    qsizetype i = start + 2;
    Token t;
    t.kind = Token::Kind::Tag;
    t.offset = start;
    t.trimLeft = i < m_source.size() && m_source[i] == QLatin1Char('-');
    if (t.trimLeft)
        ++i;
    const qsizetype close = m_source.indexOf(QLatin1String("%}"), i);
    if (close < 0)
        return error(start, QCoreApplication::translate("Liquid", "tag '{%' was not closed with '%}'"));
    qsizetype innerEnd = close;
    if (innerEnd > i && m_source[innerEnd - 1] == QLatin1Char('-')) {
        t.trimRight = true;
        --innerEnd;
    }
    m_pos = close + 2;
    m_trimNext = t.trimRight;
    if (!splitTag(m_source.mid(i, innerEnd - i), i, &t))
        return error(start, QCoreApplication::translate("Liquid", "tag '%1' has no name").arg(m_source.mid(start, qMin<qsizetype>(close + 2 - start, 40)).toString()));
    return t;
}

bool Lexer::rawUntil(QStringView endName, QStringView *text, Token *endTag)
{
    qsizetype from = m_pos;
    const bool trimStart = m_trimNext;
    while (true) {
        const qsizetype open = m_source.indexOf(QLatin1String("{%"), from);
        if (open < 0)
            return false;
        qsizetype i = open + 2;
        const bool trimLeft = i < m_source.size() && m_source[i] == QLatin1Char('-');
        if (trimLeft)
            ++i;
        while (i < m_source.size() && isLiquidSpace(m_source[i]))
            ++i;
        if (m_source.mid(i).startsWith(endName)) {
            qsizetype j = i + endName.size();
            while (j < m_source.size() && isLiquidSpace(m_source[j]))
                ++j;
            bool trimRight = false;
            if (j < m_source.size() && m_source[j] == QLatin1Char('-')) {
                trimRight = true;
                ++j;
            }
            if (m_source.mid(j).startsWith(QLatin1String("%}"))) {
                QStringView body = m_source.mid(m_pos, open - m_pos);
                if (trimStart)
                    body = lstrip(body);
                if (trimLeft)
                    body = rstrip(body);
                *text = body;
                endTag->kind = Token::Kind::Tag;
                endTag->name = m_source.mid(i, endName.size());
                endTag->offset = open;
                endTag->trimLeft = trimLeft;
                endTag->trimRight = trimRight;
                m_pos = j + 2;
                m_trimNext = trimRight;
                return true;
            }
        }
        from = open + 2;
    }
}

} // namespace Liquid
