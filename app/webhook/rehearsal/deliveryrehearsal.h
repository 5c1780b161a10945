#pragma once

#include "webhook/rehearsal/rehearsalattempt.h"
#include "webhook/rehearsal/rehearsalclock.h"
#include "webhook/renderedrequest.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Braze {
class BrazeClient;
class RequestHandle;
class RequestLogModel;
struct ApiResult;
}

namespace Webhook {

// Sends a rendered webhook the way Braze delivers it (DeliveryPolicy): attempt after attempt
// with Braze's waits in between, each attempt cut off after 90 s, redirects not followed, until
// it is delivered, fails for good or the attempts run out. Time comes from a RehearsalClock, so
// the same rehearsal runs in real time, accelerated, or step by step in a test. The timeline
// adds each attempt's real time on the wire to Braze's waits, so an accelerated rehearsal shows
// the times Braze would. Attempts go
// through their own network client (no retries or pacing of its own) into the request log.
class DeliveryRehearsal : public QObject
{
    Q_OBJECT

public:
    enum class Verdict { NotStarted, Running, Delivered, NotDelivered, Cancelled };
    Q_ENUM(Verdict)

    explicit DeliveryRehearsal(RehearsalClock *clock, QObject *parent = nullptr);
    ~DeliveryRehearsal() override;

    void setRequestLog(Braze::RequestLogModel *log);
    // request: rendered with the real secrets; target: where to send instead of request.url.
    void start(const RenderedRequest &request, const QUrl &target = QUrl());
    void cancel();

    Verdict verdict() const { return m_verdict; }
    const QList<RehearsalAttempt> &attempts() const { return m_attempts; }
    // "Delivered on the third attempt.", "Not delivered: ..." (translated).
    QString verdictText() const;
    // One line of the timeline: when, what came back, and what Braze does next.
    static QString describe(const RehearsalAttempt &attempt);
    // Rehearsal time as m:ss (h:mm:ss past an hour).
    static QString clockText(qint64 ms);

signals:
    void attemptStarted(int number, qint64 atMs);
    void attemptFinished(const Webhook::RehearsalAttempt &attempt);
    void finished(Webhook::DeliveryRehearsal::Verdict verdict);

private:
    void sendAttempt();
    void onAnswer(const Braze::ApiResult &result);
    void finish(Verdict verdict);

    RehearsalClock *m_clock;
    Braze::BrazeClient *m_client;
    RenderedRequest m_request;
    QUrl m_target;
    QList<RehearsalAttempt> m_attempts;
    RehearsalAttempt m_current;
    QPointer<Braze::RequestHandle> m_handle;
    // Where the timeline stands: real time on the wire, rehearsal time for Braze's waits.
    qint64 m_timelineMs = 0;
    QElapsedTimer m_onTheWire;
    int m_timeoutId = 0;
    int m_waitId = 0;
    bool m_timedOut = false;
    Verdict m_verdict = Verdict::NotStarted;
};

} // namespace Webhook
