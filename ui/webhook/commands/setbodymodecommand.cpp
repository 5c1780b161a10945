#include "webhook/commands/setbodymodecommand.h"

#include <QCoreApplication>

SetBodyModeCommand::SetBodyModeCommand(Webhook::TemplateDocument *document, Webhook::BodyMode mode)
    : m_document(document)
    , m_before(document->current().bodyMode)
    , m_after(mode)
{
    setText(QCoreApplication::translate("SetBodyModeCommand", "Change body mode"));
}
