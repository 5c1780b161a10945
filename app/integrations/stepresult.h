#pragma once

#include "braze/endpoints.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Integrations {

// One request a step sent and what came back. callId links it to the request log entry
// (Braze::RequestLogEntry::callId) of the same exchange.
struct StepExchange
{
    quint64 callId = 0;
    Braze::Endpoint endpoint = Braze::Endpoint::Raw;
    QByteArray method;
    QString pathAndQuery;
    QByteArray requestBody;
    int httpStatus = 0;
    QByteArray responseBody;
    qint64 durationMs = 0;
};

// One line of a comparison (expected against actual attribute, permission held or not).
struct StepCheck
{
    QString name;
    QString expected;
    QString actual;
    bool passed = false;
    QString hint;
};

struct StepResult
{
    enum class Status {
        Pending,
        Running,
        Passed,
        Failed,
        Skipped,     // its conditions did not hold
        Cancelled,
        Finished,    // a branch ended the workflow early, successfully
    };

    Status status = Status::Pending;
    // What happened, for conditions and branches: "found"/"missing", "subscribed", "created", ...
    QString outcome;
    // One sentence for the step list; on failure what went wrong.
    QString summary;
    // On failure: what to do about it.
    QString hint;
    QJsonObject outputs;
    QList<StepExchange> exchanges;
    QList<StepCheck> checks;
    qint64 durationMs = 0;

    static StepResult passed(const QString &outcome, const QString &summary, const QJsonObject &outputs = {});
    static StepResult failed(const QString &summary, const QString &hint = {});
    bool isDone() const { return status != Status::Pending && status != Status::Running; }
    // Stable English names for the CLI's machine-readable lines and tests.
    static QString statusName(Status status);
};

} // namespace Integrations

Q_DECLARE_METATYPE(Integrations::StepResult)
