#pragma once

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours a JSON body in the composer: keys, strings, numbers and true/false/null, in hues
// derived from the palette (light or dark); underlines the places the body check reported.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    struct Mark
    {
        int line = 0;     // 1-based
        int column = 0;   // 1-based
        bool error = true;   // false: a value Braze would refuse (warning colour)
        bool operator==(const Mark &other) const = default;
    };

    JsonHighlighter(QTextDocument *document, const QPalette &palette);

    // Derives the colours anew, e.g. after a switch between light and dark.
    void setPalette(const QPalette &palette);
    void setMarks(const QList<Mark> &marks);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QColor m_errorColour;
    QColor m_warningColour;
    QList<Mark> m_marks;
};
