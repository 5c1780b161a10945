#include "webhook/commands/setrowcommand.h"

#include <QCoreApplication>

SetRowCommand::SetRowCommand(Webhook::TemplateDocument *document, Webhook::TemplateDocument::Table table, int row,
                             const Webhook::KeyValueRow &value)
    : m_document(document)
    , m_table(table)
    , m_row(row)
    , m_before(document->rows(table).value(row))
    , m_after(value)
{
    setText(table == Webhook::TemplateDocument::Table::Headers ? QCoreApplication::translate("SetRowCommand", "Edit header")
                                                               : QCoreApplication::translate("SetRowCommand", "Edit pair"));
}

void SetRowCommand::undo()
{
    m_document->setRow(m_table, m_row, m_before);
}

void SetRowCommand::redo()
{
    m_document->setRow(m_table, m_row, m_after);
}

bool SetRowCommand::sameCellAs(const SetRowCommand &other) const
{
    // Same row, and the same column changed in both steps.
    const bool keyChanged = m_before.key != m_after.key;
    const bool otherKeyChanged = other.m_before.key != other.m_after.key;
    return other.m_table == m_table && other.m_row == m_row && keyChanged == otherKeyChanged;
}

bool SetRowCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetRowCommand *>(other);
    if (!sameCellAs(*next))
        return false;
    m_after = next->m_after;
    return true;
}
