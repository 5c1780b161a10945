#pragma once

#include "webhook/renderedrequest.h"

#include <QWidget>

class QCheckBox;
class QDateTime;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// The rendered request exactly as it would be sent: method and URL, headers (secrets masked),
// the body pretty-printed (invalid JSON marked at its line and column), the attributes the user
// lacks, connected_content calls, what message_extras attaches and the promotion codes it would
// take, or "this user would not be sent: …" after abort_message. The request and the body can
// be copied as shown (secrets masked).
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget *parent = nullptr);

    void showRequest(const Webhook::RenderedRequest &request);
    void setConnectedContentAllowed(bool allowed);
    // What the preview holds from the workspace's Content Blocks and catalogs, and how old it is.
    void setWorkspaceData(int blocks, int items, const QDateTime &readAt, bool reading);
    QString workspaceDataText() const;

    QString requestText() const;
    QString bodyText() const;
    QString abortText() const;
    QStringList missingAttributes() const;
    QStringList sendEventLines() const;

signals:
    void connectedContentAllowedChanged(bool allowed);
    void workspaceDataRefreshRequested();
    void stubsRequested();

private:
    void markBodyError(const Webhook::RenderedRequest &request);

    QLabel *m_abort;
    QPlainTextEdit *m_head;
    QPlainTextEdit *m_body;
    QLabel *m_missing;
    QListWidget *m_connected;
    QListWidget *m_sendEvent; // message_extras pairs and promotion sample codes
    QCheckBox *m_fetch;
    QLabel *m_timing;
    QLabel *m_workspaceData;
    QPushButton *m_refreshData;
    QPushButton *m_stubsButton;
    QPushButton *m_copyRequest;
    QPushButton *m_copyBody;
    QStringList m_missingList;
};
