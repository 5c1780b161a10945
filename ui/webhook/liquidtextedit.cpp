#include "webhook/liquidtextedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>

LiquidTextEdit::LiquidTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new LiquidHighlighter(document(), palette()))
    , m_completer(new QCompleter(this))
    , m_words(new QStringListModel(this))
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    setFont(mono);
    m_completer->setModel(m_words);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &LiquidTextEdit::insertCompletion);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            emit edited(toPlainText());
    });
}

void LiquidTextEdit::setSingleLine(bool singleLine)
{
    m_singleLine = singleLine;
    setLineWrapMode(singleLine ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(singleLine ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(singleLine ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    if (singleLine)
        setFixedHeight(fontMetrics().height() + 2 * (frameWidth() + int(document()->documentMargin())) + 2);
    updateGeometry();
}

QSize LiquidTextEdit::sizeHint() const
{
    const QSize hint = QPlainTextEdit::sizeHint();
    return m_singleLine ? QSize(hint.width(), height()) : hint;
}

void LiquidTextEdit::setCompletionWords(const QStringList &words)
{
    if (m_words->stringList() != words)
        m_words->setStringList(words);
}

void LiquidTextEdit::setProblems(const QList<Problem> &problems)
{
    m_problems = problems;
    QList<LiquidHighlighter::Mark> marks;
    for (const Problem &p : problems) {
        if (p.line > 0)
            marks.append({p.line, p.column, p.error});
    }
    m_highlighter->setMarks(marks);
}

void LiquidTextEdit::setTextKeepingCursor(const QString &text)
{
    if (text == toPlainText())
        return;
    const int position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    m_updating = true;
    setPlainText(text);
    m_updating = false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
}

void LiquidTextEdit::insertAtCursor(const QString &text)
{
    textCursor().insertText(text);
    setFocus();
}

void LiquidTextEdit::jumpTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(line, 1) - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qBound(0, column - 1, block.length() - 1));
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus();
}

bool LiquidTextEdit::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    if (event->type() == QEvent::ShortcutOverride) {
        // Undo and redo belong to the page's undo stack, not to this widget.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        const int line = cursor.blockNumber() + 1;
        QStringList messages;
        for (const Problem &p : std::as_const(m_problems)) {
            if (p.line == line)
                messages.append(p.message);
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

QString LiquidTextEdit::wordBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    qsizetype start = line.size();
    // Attribute names may hold spaces inside ${...}; otherwise stop at spaces and punctuation.
    const qsizetype wrapper = line.lastIndexOf(QLatin1String("${"));
    if (wrapper >= 0 && line.indexOf(QLatin1Char('}'), wrapper) < 0) {
        start = wrapper;
        while (start > 0 && (line.at(start - 1).isLetterOrNumber() || line.at(start - 1) == QLatin1Char('_')
                             || line.at(start - 1) == QLatin1Char('.')))
            --start;
        return line.mid(start);
    }
    while (start > 0 && (line.at(start - 1).isLetterOrNumber() || line.at(start - 1) == QLatin1Char('_')
                         || line.at(start - 1) == QLatin1Char('.') || line.at(start - 1) == QLatin1Char('$')
                         || line.at(start - 1) == QLatin1Char('{')))
        --start;
    QString word = line.mid(start);
    while (word.startsWith(QLatin1Char('{')))
        word.remove(0, 1);
    return word;
}

bool LiquidTextEdit::insideLiquid() const
{
    const QString before = toPlainText().left(textCursor().position());
    const qsizetype open = qMax(before.lastIndexOf(QLatin1String("{{")), before.lastIndexOf(QLatin1String("{%")));
    const qsizetype close = qMax(before.lastIndexOf(QLatin1String("}}")), before.lastIndexOf(QLatin1String("%}")));
    return open >= 0 && open > close;
}

void LiquidTextEdit::showCompletions(bool force)
{
    const QString prefix = wordBeforeCursor();
    if (!force && (!insideLiquid() || prefix.size() < 2)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void LiquidTextEdit::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(wordBeforeCursor().size()));
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void LiquidTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter: case Qt::Key_Return: case Qt::Key_Escape: case Qt::Key_Tab: case Qt::Key_Backtab:
            event->ignore();   // the completer handles them
            return;
        default:
            break;
        }
    }
    const bool force = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (m_singleLine && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->ignore();
        return;
    }
    if (!force)
        QPlainTextEdit::keyPressEvent(event);
    if (force || !event->text().isEmpty())
        showCompletions(force);
}
