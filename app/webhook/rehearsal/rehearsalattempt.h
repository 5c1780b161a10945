#pragma once

#include <QByteArray>
#include <QString>

namespace Webhook {

// One delivery attempt of a rehearsal as the timeline shows it. Times are rehearsal time.
struct RehearsalAttempt
{
    enum class Outcome { Delivered, Retry, Fail, Cancelled };

    int number = 1;
    qint64 startedAtMs = 0;
    qint64 durationMs = 0;
    int status = 0;                 // 0: no HTTP answer
    QString reason;                 // the status's reason phrase or why there was no answer
    bool timedOut = false;
    QByteArray answerBody;          // the first few KB
    qint64 retryAfterMs = -1;       // the endpoint's Retry-After
    Outcome outcome = Outcome::Fail;
    qint64 waitAfterMs = 0;         // before the next attempt (Retry only)
};

} // namespace Webhook
