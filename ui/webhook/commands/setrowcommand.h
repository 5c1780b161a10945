#pragma once

#include "webhook/templatedocument.h"

#include <QUndoCommand>

// Changes the key or value of one header or pair row; typing in the same cell merges.
class SetRowCommand : public QUndoCommand
{
public:
    SetRowCommand(Webhook::TemplateDocument *document, Webhook::TemplateDocument::Table table, int row,
                  const Webhook::KeyValueRow &value);

    void undo() override;
    void redo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool sameCellAs(const SetRowCommand &other) const;

    Webhook::TemplateDocument *m_document;
    Webhook::TemplateDocument::Table m_table;
    int m_row;
    Webhook::KeyValueRow m_before;
    Webhook::KeyValueRow m_after;
};
