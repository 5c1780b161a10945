#include "webhook/liquidhighlighter.h"

#include "style/statuscolours.h"

LiquidHighlighter::LiquidHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    m_tag.setFontWeight(QFont::DemiBold);
    m_attribute.setFontWeight(QFont::DemiBold);
    setPalette(palette);
}

void LiquidHighlighter::setPalette(const QPalette &palette)
{
    // Hues: blue output, purple tags, teal attributes, orange strings; shades from the palette.
    m_output.setForeground(StatusColours::readableHue(212, palette));
    m_tag.setForeground(StatusColours::readableHue(285, palette));
    m_attribute.setForeground(StatusColours::readableHue(174, palette));
    m_string.setForeground(StatusColours::readableHue(28, palette));
    m_errorColour = StatusColours::text(StatusColours::Role::Error, palette);
    m_warningColour = StatusColours::text(StatusColours::Role::Warning, palette);
    rehighlight();
}

void LiquidHighlighter::setMarks(const QList<Mark> &marks)
{
    if (marks.size() == m_marks.size() && std::equal(marks.cbegin(), marks.cend(), m_marks.cbegin(), [](const Mark &a, const Mark &b) {
            return a.line == b.line && a.column == b.column && a.error == b.error;
        }))
        return;
    m_marks = marks;
    rehighlight();
}

void LiquidHighlighter::highlightBlock(const QString &text)
{
    int state = qMax(previousBlockState(), 0);
    qsizetype start = 0;   // where the current Liquid region began in this block
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QStringView rest = QStringView(text).mid(i);
        if (state == Plain) {
            if (rest.startsWith(u"{{") || rest.startsWith(u"{%")) {
                state = rest.startsWith(u"{{") ? InOutput : InTag;
                start = i;
                ++i;
            }
            continue;
        }
        if (!quote.isNull()) {
            if (text.at(i) == quote) {
                setFormat(int(start), int(i - start + 1), m_string);
                quote = QChar();
            }
            continue;
        }
        if (text.at(i) == QLatin1Char('\'') || text.at(i) == QLatin1Char('"')) {
            quote = text.at(i);
            setFormat(int(start), int(i - start), state == InOutput ? m_output : m_tag);
            start = i;
            continue;
        }
        const bool closes = state == InOutput ? rest.startsWith(u"}}") : rest.startsWith(u"%}");
        if (closes) {
            // {{${first_name}}}: the } of ${ comes first; the output closes at the last two braces.
            qsizetype end = i + 2;
            while (state == InOutput && end < text.size() && text.at(end) == QLatin1Char('}'))
                ++end;
            setFormat(int(start), int(end - start), state == InOutput ? m_output : m_tag);
            state = Plain;
            i = end - 1;
        }
    }
    if (state != Plain)
        setFormat(int(start), int(text.size() - start), state == InOutput ? m_output : m_tag);
    setCurrentBlockState(state);

    // ${attribute} references stand out inside the Liquid colours.
    for (qsizetype at = text.indexOf(QLatin1String("${")); at >= 0; at = text.indexOf(QLatin1String("${"), at + 2)) {
        const qsizetype end = text.indexOf(QLatin1Char('}'), at);
        setFormat(int(at), int((end < 0 ? text.size() : end + 1) - at), m_attribute);
    }
    for (const Mark &mark : std::as_const(m_marks)) {
        if (mark.line == currentBlock().blockNumber() + 1)
            underline(text, mark);
    }
}

void LiquidHighlighter::underline(const QString &text, const Mark &mark)
{
    // From the column to the end of the word there (at least one character).
    qsizetype from = qBound(qsizetype(0), qsizetype(mark.column - 1), qMax(text.size() - 1, qsizetype(0)));
    qsizetype to = from + 1;
    while (to < text.size() && !text.at(to).isSpace())
        ++to;
    for (qsizetype i = from; i < qMax(to, from + 1); ++i) {
        QTextCharFormat f = format(int(i));
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(mark.error ? m_errorColour : m_warningColour);
        setFormat(int(i), 1, f);
    }
}
