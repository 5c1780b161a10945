#pragma once

#include "integrations/runenvironment.h"
#include "integrations/stepresult.h"

#include <QJsonObject>
#include <QObject>

namespace Integrations {

class StepRegistry;

// What a step gets when it starts: its arguments with the placeholders filled in, the run's
// environment, and the registry (for steps that run other steps, like poll-until).
struct StepContext
{
    QJsonObject args;
    // The run so far: "param", "config", "steps" (outputs and outcome of each finished step).
    QJsonObject scope;
    RunEnvironment environment;
    const StepRegistry *registry = nullptr;
};

// One kind of step (export-user, wait, ...). A step object runs once: start() begins the work
// and finished() reports the result exactly once, also after cancel().
class Step : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start(const StepContext &context) = 0;
    virtual void cancel() = 0;

signals:
    // A line about work in progress: "waiting: 118 s left", "rate limited, retrying in 12 s".
    void progress(const QString &text);
    void exchangeRecorded(const Integrations::StepExchange &exchange);
    void finished(const Integrations::StepResult &result);
};

} // namespace Integrations
