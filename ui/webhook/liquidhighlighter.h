#pragma once

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours Liquid in a template: {{ output }}, {% tags %}, Braze's ${attribute} references and
// string literals; underlines the places the engine reported problems at.
class LiquidHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    struct Mark
    {
        int line = 0;     // 1-based
        int column = 0;   // 1-based
        bool error = true;
    };

    LiquidHighlighter(QTextDocument *document, const QPalette &palette);

    // Derives the colours anew, e.g. after a switch between light and dark.
    void setPalette(const QPalette &palette);

    void setMarks(const QList<Mark> &marks);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Plain = 0, InOutput = 1, InTag = 2 };
    void underline(const QString &text, const Mark &mark);

    QTextCharFormat m_output;
    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
    QTextCharFormat m_string;
    QColor m_errorColour;
    QColor m_warningColour;
    QList<Mark> m_marks;
};
