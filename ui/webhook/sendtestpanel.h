#pragma once

#include "braze/apiresult.h"
#include "webhook/renderedrequest.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
#include "braze/brazeclient.h"

// Sends the rendered request (with the real secrets) through the network layer and shows the
// status, headers, body and time; the exchange enters the request log. In the Sandbox workspace
// the sandbox's webhook receiver can stand in for the partner, to rehearse offline.
class SendTestPanel : public QWidget
{
    Q_OBJECT

public:
    // Renders the current template for a send, off the GUI thread (connected_content may wait
    // for its servers there), and calls `done` on the GUI thread with the request, or with the
    // reason it cannot be sent.
    using Rendered = std::function<void(const Webhook::RenderedRequest &request, const QString &whyNot)>;
    using RequestProvider = std::function<void(Rendered done)>;

    explicit SendTestPanel(QWidget *parent = nullptr);

    void setClient(Braze::BrazeClient *client, const QUrl &sandboxReceiver);
    void setRequestProvider(RequestProvider provider) { m_provider = std::move(provider); }
    // 0: the template's URL, 1: the sandbox receiver (when offered).
    void setTarget(int index);
    void send();
    QString resultText() const;

signals:
    void responseReceived(const Braze::ApiResult &result);

private:
    void sendRendered(const Webhook::RenderedRequest &request, const QString &whyNot);
    void showResult(const Braze::ApiResult &result);

    QPointer<Braze::BrazeClient> m_client;
    QUrl m_sandboxReceiver;
    RequestProvider m_provider;
    QComboBox *m_target;
    QPushButton *m_send;
    QLabel *m_status;
    QPlainTextEdit *m_response;
};
