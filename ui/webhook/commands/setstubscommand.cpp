#include "webhook/commands/setstubscommand.h"

#include <QCoreApplication>

SetStubsCommand::SetStubsCommand(Webhook::TemplateDocument *document, const QList<Webhook::ConnectedContentStub> &stubs)
    : m_document(document)
    , m_before(document->current().stubs)
    , m_after(stubs)
{
    setText(QCoreApplication::translate("SetStubsCommand", "Change connected content stubs"));
}
