#pragma once

#include "braze/apiresult.h"

#include <QObject>
#include <functional>

class QTimer;

namespace Braze {

// The caller's view of one call in flight. It lives in the caller's (GUI) thread and reports
// by signals; the network work happens on the client's worker thread. Connect to its signals
// right after the call returns: nothing is emitted before control returns to the event loop.
// After finished() the handle deletes itself (deleteLater), so keep the result, not the handle.
class RequestHandle : public QObject
{
    Q_OBJECT

public:
    quint64 callId() const { return m_callId; }
    Endpoint endpoint() const { return m_endpoint; }
    bool isFinished() const { return m_finished; }
    const ApiResult &result() const { return m_result; }
    // Seconds left while waiting for a rate limit to reset, else 0.
    int rateLimitSecondsLeft() const { return m_secondsLeft; }

public slots:
    // Stops the call: a queued call is dropped, a running one aborted. finished() follows with
    // ApiError::Kind::Cancelled. No effect once finished.
    void cancel();

signals:
    // An HTTP attempt went out (1 for the first, more after retries).
    void attemptStarted(int attempt);
    // The call waits for Braze's rate limit to reset; emitted when the wait begins and then once
    // a second with the seconds left ("waiting for the rate limit: 12 s").
    void waitingForRateLimit(int seconds);
    // A failed attempt will be repeated after delayMs (5xx or network failure).
    void retryScheduled(int attempt, int delayMs);
    void succeeded(const Braze::ApiResult &result);
    void failed(const Braze::ApiError &error);
    // Always the last signal, after succeeded() or failed().
    void finished(const Braze::ApiResult &result);

private:
    friend class BrazeClient;
    RequestHandle(quint64 callId, Endpoint endpoint, std::function<void(quint64)> canceller, QObject *parent);
    void onAttemptStarted(int attempt);
    void onWaiting(int seconds);
    void onRetryScheduled(int attempt, int delayMs);
    void onFinished(const ApiResult &result);

    quint64 m_callId;
    Endpoint m_endpoint;
    std::function<void(quint64)> m_canceller;
    QTimer *m_countdown;
    int m_secondsLeft = 0;
    bool m_finished = false;
    ApiResult m_result;
};

} // namespace Braze
