#include "webhook/commands/rowpresencecommand.h"

#include <QCoreApplication>

RowPresenceCommand::RowPresenceCommand(Webhook::TemplateDocument *document, Webhook::TemplateDocument::Table table,
                                       int row, Action action, const Webhook::KeyValueRow &value)
    : m_document(document)
    , m_table(table)
    , m_row(row)
    , m_action(action)
    , m_value(action == Action::Remove ? document->rows(table).value(row) : value)
{
    setText(action == Action::Insert ? QCoreApplication::translate("RowPresenceCommand", "Add row")
                                     : QCoreApplication::translate("RowPresenceCommand", "Remove row"));
}

void RowPresenceCommand::undo()
{
    apply(m_action == Action::Remove);
}

void RowPresenceCommand::redo()
{
    apply(m_action == Action::Insert);
}

void RowPresenceCommand::apply(bool insert)
{
    if (insert)
        m_document->insertRow(m_table, m_row, m_value);
    else
        m_document->removeRow(m_table, m_row);
}
