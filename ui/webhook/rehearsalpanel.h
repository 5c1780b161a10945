#pragma once

#include "webhook/rehearsal/rehearsalattempt.h"
#include "webhook/renderedrequest.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
namespace Braze {
class BrazeClient;
class RequestLogModel;
}
namespace Webhook {
class DeliveryRehearsal;
class RehearsalClock;
}

// "Rehearse delivery": sends the test the way Braze delivers webhooks and shows every attempt on
// a timeline (when, the answer, Braze's wait before the next) with the verdict, in real time or
// accelerated. In the Sandbox workspace the sandbox's receiver can be told what to answer
// (e.g. 503, 503, 200, or drop and hang) through its control API.
class RehearsalPanel : public QWidget
{
    Q_OBJECT

public:
    // The request is rendered off the GUI thread and handed back to `done` (see SendTestPanel).
    using Rendered = std::function<void(const Webhook::RenderedRequest &request, const QString &whyNot)>;
    using RequestProvider = std::function<void(Rendered done)>;

    explicit RehearsalPanel(QWidget *parent = nullptr);
    ~RehearsalPanel() override;

    // client: the workspace's client (it configures the sandbox receiver); log: where attempts go.
    void setClient(Braze::BrazeClient *client, const QUrl &sandboxReceiver, Braze::RequestLogModel *log);
    void setRequestProvider(RequestProvider provider) { m_provider = std::move(provider); }
    // Tests rehearse on a clock of their own (nullptr: the speed chosen in the panel).
    void setClock(Webhook::RehearsalClock *clock) { m_testClock = clock; }

    void start();
    void cancel();
    QString verdictText() const;
    QTreeWidget *timeline() const { return m_timeline; }

signals:
    void finished(bool delivered);

private:
    void startRendered(const Webhook::RenderedRequest &request, const QString &whyNot);
    void rehearse(const Webhook::RenderedRequest &request, const QUrl &target);
    void addAttempt(const Webhook::RehearsalAttempt &attempt);
    void setRunning(bool running);
    void updateAnswersField();

    QPointer<Braze::BrazeClient> m_client;
    QPointer<Braze::RequestLogModel> m_log;
    QUrl m_sandboxReceiver;
    RequestProvider m_provider;
    Webhook::RehearsalClock *m_testClock = nullptr;
    std::unique_ptr<Webhook::RehearsalClock> m_clock;
    std::unique_ptr<Webhook::DeliveryRehearsal> m_rehearsal;
    QComboBox *m_target;
    QLineEdit *m_answers;
    QComboBox *m_speed;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QLabel *m_status;
    QTreeWidget *m_timeline;
};
