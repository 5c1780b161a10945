#pragma once

#include "webhook/templatedocument.h"
#include "webhook/webhookproblem.h"

#include <QWidget>

class QTableWidget;
class QUndoStack;
class QPushButton;

// The header rows or the JSON key/value pairs of the template (one class, two instances): an
// ordered two-column table whose every edit is an undoable command on the document. Rows with
// problems are tinted and carry the message as a tooltip.
class KeyValueTable : public QWidget
{
    Q_OBJECT

public:
    KeyValueTable(Webhook::TemplateDocument::Table table, const QString &keyTitle, QWidget *parent = nullptr);

    void setDocument(Webhook::TemplateDocument *document, QUndoStack *undoStack);
    void setProblems(const QList<Webhook::WebhookProblem> &problems);
    // The row whose value an "insert personalization" goes into (-1: none selected).
    int currentRow() const;
    void appendToValue(int row, const QString &text);
    void focusCell(int row, bool value);
    QTableWidget *table() const { return m_table; }

private:
    void reload();
    void refreshRow(int row);
    void cellEdited(int row, int column);

    Webhook::TemplateDocument::Table m_kind;
    Webhook::TemplateDocument *m_document = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_loading = false;
};
