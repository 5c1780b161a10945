#pragma once

#include "sandbox/sandboxreply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Sandbox {

// What the sandbox's webhook receiver answers next, so a delivery rehearsal can meet the
// failures Braze retries: a sequence of answers used up one webhook at a time (a status with
// optional headers and delay, a dropped connection, or no answer at all), then a default.
//
//   POST /_sandbox/webhook-answers {"answers": [{"status": 503}, {"status": 503, "delay_ms": 200},
//                                               {"drop": true}, {"hang": true}, {"status": 200}],
//                                   "then": {"status": 200}}
//   GET  /_sandbox/webhook-answers   what is left; DELETE: back to answering 200
class WebhookAnswers
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::WebhookAnswers)

public:
    struct Answer
    {
        int status = 200;
        int delayMs = 0;
        bool drop = false;        // close the connection without a response
        bool hang = false;        // keep the connection open and never answer
        QList<QPair<QByteArray, QByteArray>> headers;

        QJsonObject toJson() const;
    };

    static constexpr int MaxAnswers = 100;
    static constexpr int HangMs = 24 * 60 * 60 * 1000;   // "never" for any rehearsal

    // Replaces the script; returns an error text for a malformed one (the script is then kept).
    QString apply(const QJsonObject &object);
    void clear();
    QJsonObject toJson() const;

    // The answer for the next webhook (consumes one scripted answer) and how to deliver it;
    // `echo` is the body a 2xx answer carries.
    SandboxReply next(const QJsonObject &echo);

private:
    static bool parse(const QJsonValue &value, Answer *answer, QString *error);

    QList<Answer> m_answers;
    Answer m_then;
};

} // namespace Sandbox
