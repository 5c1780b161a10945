#include "webhook/rehearsal/deliveryrehearsal.h"

#include "braze/brazeclient.h"
#include "webhook/rehearsal/deliverypolicy.h"
#include "webhook/testsend.h"

#include <QCoreApplication>

namespace Webhook {

namespace {

constexpr int AnswerBodyBytes = 4096;

Braze::ClientConfig rehearsalConfig()
{
    Braze::ClientConfig config;
    config.workspaceLabel = QStringLiteral("webhook rehearsal");
    // The rehearsal itself decides about retries, waits and the 90 s timeout.
    config.options.maxRetries = 0;
    config.options.maxRateLimitRetries = 0;
    config.options.paceByDocumentedLimits = false;
    config.options.timeoutMs = 24 * 60 * 60 * 1000;
    return config;
}

qint64 retryAfterMs(const Braze::ApiResult &result)
{
    for (const auto &[name, value] : result.headers) {
        if (name.compare("Retry-After", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qint64 seconds = value.trimmed().toLongLong(&ok);
        return ok && seconds >= 0 ? seconds * 1000 : -1;
    }
    return -1;
}

} // namespace

DeliveryRehearsal::DeliveryRehearsal(RehearsalClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_client(new Braze::BrazeClient(rehearsalConfig(), this))
{
}

DeliveryRehearsal::~DeliveryRehearsal()
{
    m_clock->cancel(m_timeoutId);
    m_clock->cancel(m_waitId);
}

void DeliveryRehearsal::setRequestLog(Braze::RequestLogModel *log)
{
    m_client->setRequestLog(log);
}

void DeliveryRehearsal::start(const RenderedRequest &request, const QUrl &target)
{
    cancel();
    m_request = request;
    m_target = target;
    m_attempts.clear();
    m_timelineMs = 0;
    m_verdict = Verdict::Running;
    sendAttempt();
}

void DeliveryRehearsal::cancel()
{
    if (m_verdict != Verdict::Running)
        return;
    m_clock->cancel(m_timeoutId);
    m_clock->cancel(m_waitId);
    m_timeoutId = m_waitId = 0;
    if (m_handle) {
        disconnect(m_handle, nullptr, this, nullptr);
        m_handle->cancel();
    }
    m_handle = nullptr;
    finish(Verdict::Cancelled);
}

void DeliveryRehearsal::sendAttempt()
{
    m_waitId = 0;
    m_current = RehearsalAttempt();
    m_current.number = int(m_attempts.size()) + 1;
    m_current.startedAtMs = m_timelineMs;
    m_timedOut = false;
    m_onTheWire.start();
    m_handle = sendTest(*m_client, m_request, m_target);
    connect(m_handle, &Braze::RequestHandle::finished, this, &DeliveryRehearsal::onAnswer);
    m_timeoutId = m_clock->schedule(DeliveryPolicy::TimeoutMs, [this]() {
        m_timeoutId = 0;
        m_timedOut = true;
        if (m_handle)
            m_handle->cancel();   // onAnswer() follows with the cancellation
    });
    emit attemptStarted(m_current.number, m_current.startedAtMs);
}

void DeliveryRehearsal::onAnswer(const Braze::ApiResult &result)
{
    m_handle = nullptr;
    m_clock->cancel(m_timeoutId);
    m_timeoutId = 0;
    RehearsalAttempt &attempt = m_current;
    attempt.durationMs = m_onTheWire.elapsed();
    if (m_timedOut) {
        attempt.timedOut = true;
        attempt.durationMs = DeliveryPolicy::TimeoutMs;
        attempt.reason = tr("no answer within 90 seconds");
    } else {
        attempt.status = result.httpStatus;
        attempt.answerBody = result.body.left(AnswerBodyBytes);
        attempt.retryAfterMs = retryAfterMs(result);
        if (result.httpStatus == 0)
            attempt.reason = result.error.message;
    }
    switch (DeliveryPolicy::classify(attempt.status)) {
    case DeliveryPolicy::Outcome::Delivered:
        attempt.outcome = RehearsalAttempt::Outcome::Delivered;
        break;
    case DeliveryPolicy::Outcome::Fail:
        attempt.outcome = RehearsalAttempt::Outcome::Fail;
        break;
    case DeliveryPolicy::Outcome::Retry: {
        const qint64 wait = DeliveryPolicy::backoffMs(attempt.number, attempt.retryAfterMs);
        const bool inWindow = attempt.startedAtMs + attempt.durationMs + wait <= DeliveryPolicy::RetryWindowMs;
        if (attempt.number < DeliveryPolicy::MaxAttempts && inWindow) {
            attempt.outcome = RehearsalAttempt::Outcome::Retry;
            attempt.waitAfterMs = wait;
        } else {
            attempt.outcome = RehearsalAttempt::Outcome::Fail;
        }
        break;
    }
    }
    m_timelineMs = attempt.startedAtMs + attempt.durationMs + attempt.waitAfterMs;
    m_attempts.append(attempt);
    emit attemptFinished(attempt);
    if (attempt.outcome == RehearsalAttempt::Outcome::Retry)
        m_waitId = m_clock->schedule(attempt.waitAfterMs, [this]() { sendAttempt(); });
    else
        finish(attempt.outcome == RehearsalAttempt::Outcome::Delivered ? Verdict::Delivered : Verdict::NotDelivered);
}

void DeliveryRehearsal::finish(Verdict verdict)
{
    m_verdict = verdict;
    emit finished(verdict);
}

QString DeliveryRehearsal::clockText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString DeliveryRehearsal::describe(const RehearsalAttempt &attempt)
{
    const QString answer = attempt.status > 0 ? tr("HTTP %1").arg(attempt.status) : attempt.reason;
    const QString head = tr("Attempt %1 at %2: %3 after %4 ms")
                             .arg(attempt.number).arg(clockText(attempt.startedAtMs), answer).arg(attempt.durationMs);
    switch (attempt.outcome) {
    case RehearsalAttempt::Outcome::Delivered:
        return tr("%1; Braze counts the webhook as delivered.").arg(head);
    case RehearsalAttempt::Outcome::Retry:
        return tr("%1; Braze retries in %2.").arg(head, clockText(attempt.waitAfterMs));
    case RehearsalAttempt::Outcome::Cancelled:
        return tr("%1; cancelled.").arg(head);
    case RehearsalAttempt::Outcome::Fail:
        break;
    }
    if (attempt.status >= 300 && attempt.status < 400)
        return tr("%1; Braze does not follow redirects and does not retry.").arg(head);
    if (DeliveryPolicy::classify(attempt.status) == DeliveryPolicy::Outcome::Retry)
        return tr("%1; no retries left.").arg(head);
    return tr("%1; Braze does not retry this status.").arg(head);
}

QString DeliveryRehearsal::verdictText() const
{
    switch (m_verdict) {
    case Verdict::NotStarted:
    case Verdict::Running:
        return {};
    case Verdict::Cancelled:
        return tr("Rehearsal cancelled.");
    case Verdict::Delivered:
        switch (m_attempts.size()) {
        case 1: return tr("Delivered on the first attempt.");
        case 2: return tr("Delivered on the second attempt.");
        case 3: return tr("Delivered on the third attempt.");
        case 4: return tr("Delivered on the fourth attempt.");
        case 5: return tr("Delivered on the fifth attempt.");
        default: return tr("Delivered on the sixth attempt.");
        }
    case Verdict::NotDelivered:
        break;
    }
    const RehearsalAttempt last = m_attempts.value(m_attempts.size() - 1);
    if (DeliveryPolicy::classify(last.status) == DeliveryPolicy::Outcome::Retry)
        return tr("Not delivered: all %1 attempts failed. Braze logs the failure in the Message Activity Log; "
                  "an endpoint that cannot be reached at all may be retried for up to 24 hours.")
            .arg(m_attempts.size());
    if (last.status >= 300 && last.status < 400)
        return tr("Not delivered: the endpoint answered %1, a redirect, and Braze does not follow redirects.").arg(last.status);
    return tr("Not delivered: the endpoint answered %1, which Braze does not retry.").arg(last.status);
}

} // namespace Webhook
