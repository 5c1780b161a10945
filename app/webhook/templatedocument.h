#pragma once

#include "webhook/webhooktemplate.h"

#include <QObject>

namespace Webhook {

// The template open in the editor: the current state, the last saved state and what changed.
// Every setter is a single small change, so the editor's undo commands (ui/webhook/commands)
// stay thin, as Tiled's commands are over its MapDocument.
class TemplateDocument : public QObject
{
    Q_OBJECT

public:
    enum class TextField { Name, Url, Method, RawBody, Notes };
    enum class Table { Headers, Pairs };

    explicit TemplateDocument(const WebhookTemplate &webhook, QObject *parent = nullptr);

    const WebhookTemplate &current() const { return m_current; }
    QString id() const { return m_current.id; }
    bool isModified() const { return m_current != m_saved; }
    // After the library saved it: the current state becomes the clean state.
    void markSaved(const WebhookTemplate &saved);
    // Replaces everything but the id (a recovered draft): the document is then modified.
    void replaceContent(const WebhookTemplate &content);

    QString text(TextField field) const;
    void setText(TextField field, const QString &value);
    void setBodyMode(BodyMode mode);

    const QList<KeyValueRow> &rows(Table table) const;
    void setRow(Table table, int row, const KeyValueRow &value);
    void insertRow(Table table, int row, const KeyValueRow &value);
    void removeRow(Table table, int row);

    void setStubs(const QList<ConnectedContentStub> &stubs);

signals:
    void textChanged(Webhook::TemplateDocument::TextField field);
    void bodyModeChanged(Webhook::BodyMode mode);
    void rowChanged(Webhook::TemplateDocument::Table table, int row);
    void rowsReset(Webhook::TemplateDocument::Table table);
    void stubsChanged();
    // Any change at all (the preview and autosave listen to this).
    void changed();
    void modifiedChanged(bool modified);

private:
    QList<KeyValueRow> &rowsRef(Table table);
    void finishChange(bool wasModified);

    WebhookTemplate m_current;
    WebhookTemplate m_saved;
};

} // namespace Webhook
