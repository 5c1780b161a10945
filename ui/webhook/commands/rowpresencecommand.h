#pragma once

#include "webhook/templatedocument.h"

#include <QUndoCommand>

// Adds a header or pair row; undone by taking it out again. With `remove` it is the inverse:
// taking a row out, undone by putting it back where it was.
class RowPresenceCommand : public QUndoCommand
{
public:
    enum class Action { Insert, Remove };

    RowPresenceCommand(Webhook::TemplateDocument *document, Webhook::TemplateDocument::Table table, int row,
                       Action action, const Webhook::KeyValueRow &value = {});

    void undo() override;
    void redo() override;

private:
    void apply(bool insert);

    Webhook::TemplateDocument *m_document;
    Webhook::TemplateDocument::Table m_table;
    int m_row;
    Action m_action;
    Webhook::KeyValueRow m_value;
};
