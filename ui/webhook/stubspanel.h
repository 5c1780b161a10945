#pragma once

#include "webhook/connectedcontentstub.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

// The template's canned connected_content answers: URL (a trailing * matches every URL that
// starts so), HTTP status and body. The preview answers matching calls from here, offline, and a
// 500 rehearses Braze's retry and abort. Edits go to the document through the editor's undo stack.
class StubsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StubsPanel(QWidget *parent = nullptr);

    void setStubs(const QList<Webhook::ConnectedContentStub> &stubs);
    QList<Webhook::ConnectedContentStub> stubs() const;

signals:
    void stubsEdited(const QList<Webhook::ConnectedContentStub> &stubs);

private:
    void addRow(const Webhook::ConnectedContentStub &stub);

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_updating = false;
};
