#pragma once

#include "webhook/liquidhighlighter.h"

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

// The editor for a Liquid field (URL, raw body): highlighting, problems underlined with the
// engine's message on hover, completion of attribute tags and filters inside {{ }} and {% %}.
// Undo is the page's QUndoStack, so the widget's own undo is off; user edits are reported by
// edited() and programmatic updates (undo, loading) by setTextKeepingCursor() do not echo back.
class LiquidTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct Problem
    {
        int line = 0;
        int column = 0;
        QString message;
        bool error = true;
    };

    explicit LiquidTextEdit(QWidget *parent = nullptr);

    void setSingleLine(bool singleLine);
    void setCompletionWords(const QStringList &words);
    void setProblems(const QList<Problem> &problems);
    const QList<Problem> &problems() const { return m_problems; }
    void setTextKeepingCursor(const QString &text);
    void insertAtCursor(const QString &text);
    // Moves the cursor to a 1-based line and column and focuses the editor.
    void jumpTo(int line, int column);

signals:
    void edited(const QString &text);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    QSize sizeHint() const override;

private:
    QString wordBeforeCursor() const;
    bool insideLiquid() const;
    void showCompletions(bool force);
    void insertCompletion(const QString &completion);

    LiquidHighlighter *m_highlighter;
    QCompleter *m_completer;
    QStringListModel *m_words;
    QList<Problem> m_problems;
    bool m_singleLine = false;
    bool m_updating = false;
};
