#pragma once

#include "webhook/templatedocument.h"

#include <QUndoCommand>

// Changes one text field of the template (name, URL, method, raw body, notes). Consecutive
// typing in the same field merges into one step, as a text editor's undo does.
class SetTextCommand : public QUndoCommand
{
public:
    SetTextCommand(Webhook::TemplateDocument *document, Webhook::TemplateDocument::TextField field, const QString &value);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Webhook::TemplateDocument *m_document;
    Webhook::TemplateDocument::TextField m_field;
    QString m_before;
    QString m_after;
};
