#pragma once

#include "webhook/templatedocument.h"

#include <QUndoCommand>

// Switches between JSON key/value pairs and raw text; both bodies are kept, so undo is exact.
class SetBodyModeCommand : public QUndoCommand
{
public:
    SetBodyModeCommand(Webhook::TemplateDocument *document, Webhook::BodyMode mode);

    void undo() override { m_document->setBodyMode(m_before); }
    void redo() override { m_document->setBodyMode(m_after); }

private:
    Webhook::TemplateDocument *m_document;
    Webhook::BodyMode m_before;
    Webhook::BodyMode m_after;
};
