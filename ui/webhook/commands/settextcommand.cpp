#include "webhook/commands/settextcommand.h"

#include <QCoreApplication>

SetTextCommand::SetTextCommand(Webhook::TemplateDocument *document, Webhook::TemplateDocument::TextField field,
                               const QString &value)
    : m_document(document)
    , m_field(field)
    , m_before(document->text(field))
    , m_after(value)
{
    setText(QCoreApplication::translate("SetTextCommand", "Edit text"));
}

void SetTextCommand::undo()
{
    m_document->setText(m_field, m_before);
}

void SetTextCommand::redo()
{
    m_document->setText(m_field, m_after);
}

bool SetTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTextCommand *>(other);
    // The method is a choice, not typing: each change is its own step.
    if (next->m_field != m_field || m_field == Webhook::TemplateDocument::TextField::Method)
        return false;
    m_after = next->m_after;
    return true;
}
