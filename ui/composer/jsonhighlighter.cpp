#include "composer/jsonhighlighter.h"

#include "style/statuscolours.h"

JsonHighlighter::JsonHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    m_key.setFontWeight(QFont::DemiBold);
    setPalette(palette);
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    // Hues: blue keys, green strings, orange numbers, purple literals; shades from the palette.
    m_key.setForeground(StatusColours::readableHue(212, palette));
    m_string.setForeground(StatusColours::readableHue(140, palette));
    m_number.setForeground(StatusColours::readableHue(28, palette));
    m_literal.setForeground(StatusColours::readableHue(285, palette));
    m_errorColour = StatusColours::text(StatusColours::Role::Error, palette);
    m_warningColour = StatusColours::text(StatusColours::Role::Warning, palette);
    rehighlight();
}

void JsonHighlighter::setMarks(const QList<Mark> &marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    rehighlight();
}

// JSON strings cannot span lines, so each line is coloured on its own.
void JsonHighlighter::highlightBlock(const QString &text)
{
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = qMin(end + 1, text.size());
            qsizetype next = end;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            const bool key = next < text.size() && text.at(next) == QLatin1Char(':');
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < text.size() && (text.at(end).isLetterOrNumber() || QStringLiteral(".+-").contains(text.at(end))))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            ++i;
        }
    }
    const int line = currentBlock().blockNumber() + 1;
    for (const Mark &mark : m_marks) {
        if (mark.line != line)
            continue;
        // From the column to the end of the token (at least one character, the line's end included).
        const int start = qBound(0, mark.column - 1, int(qMax<qsizetype>(text.size() - 1, 0)));
        int end = start + 1;
        while (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char(','))
            ++end;
        for (int at = start; at < qMax(end, start + 1); ++at) {
            QTextCharFormat underlined = format(at);
            underlined.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            underlined.setUnderlineColor(mark.error ? m_errorColour : m_warningColour);
            setFormat(at, 1, underlined);
        }
    }
}
