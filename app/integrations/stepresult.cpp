#include "integrations/stepresult.h"

namespace Integrations {

StepResult StepResult::passed(const QString &outcome, const QString &summary, const QJsonObject &outputs)
{
    StepResult r;
    r.status = Status::Passed;
    r.outcome = outcome;
    r.summary = summary;
    r.outputs = outputs;
    return r;
}

StepResult StepResult::failed(const QString &summary, const QString &hint)
{
    StepResult r;
    r.status = Status::Failed;
    r.outcome = QStringLiteral("failed");
    r.summary = summary;
    r.hint = hint;
    return r;
}

QString StepResult::statusName(Status status)
{
    switch (status) {
    case Status::Pending: return QStringLiteral("pending");
    case Status::Running: return QStringLiteral("running");
    case Status::Passed: return QStringLiteral("passed");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Skipped: return QStringLiteral("skipped");
    case Status::Cancelled: return QStringLiteral("cancelled");
    case Status::Finished: return QStringLiteral("finished");
    }
    return {};
}

} // namespace Integrations
