#pragma once

#include "webhook/templatedocument.h"

#include <QUndoCommand>

// Replaces the template's connected_content stubs (one edit in the Stubs table).
class SetStubsCommand : public QUndoCommand
{
public:
    SetStubsCommand(Webhook::TemplateDocument *document, const QList<Webhook::ConnectedContentStub> &stubs);

    void undo() override { m_document->setStubs(m_before); }
    void redo() override { m_document->setStubs(m_after); }

private:
    Webhook::TemplateDocument *m_document;
    QList<Webhook::ConnectedContentStub> m_before;
    QList<Webhook::ConnectedContentStub> m_after;
};
