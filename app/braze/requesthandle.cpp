#include "braze/requesthandle.h"

#include <QTimer>

namespace Braze {

RequestHandle::RequestHandle(quint64 callId, Endpoint endpoint, std::function<void(quint64)> canceller, QObject *parent)
    : QObject(parent)
    , m_callId(callId)
    , m_endpoint(endpoint)
    , m_canceller(std::move(canceller))
    , m_countdown(new QTimer(this))
{
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (--m_secondsLeft <= 0) {
            m_secondsLeft = 0;
            m_countdown->stop();
            return;
        }
        emit waitingForRateLimit(m_secondsLeft);
    });
}

void RequestHandle::cancel()
{
    if (!m_finished && m_canceller)
        m_canceller(m_callId);
}

void RequestHandle::onAttemptStarted(int attempt)
{
    m_countdown->stop();
    m_secondsLeft = 0;
    emit attemptStarted(attempt);
}

void RequestHandle::onWaiting(int seconds)
{
    m_secondsLeft = seconds;
    m_countdown->start();
    emit waitingForRateLimit(seconds);
}

void RequestHandle::onRetryScheduled(int attempt, int delayMs)
{
    emit retryScheduled(attempt, delayMs);
}

void RequestHandle::onFinished(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_countdown->stop();
    m_secondsLeft = 0;
    m_result = result;
    if (result.succeeded())
        emit succeeded(result);
    else
        emit failed(result.error);
    emit finished(result);
    deleteLater();
}

} // namespace Braze
