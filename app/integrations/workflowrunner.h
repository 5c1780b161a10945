#pragma once

#include "integrations/paramresolver.h"
#include "integrations/partnerdescription.h"
#include "integrations/runenvironment.h"
#include "integrations/stepresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace Integrations {

class Step;
class StepRegistry;

// Runs one workflow of a partner description: fills in the parameters, then runs the steps in
// order. A step runs when its conditions hold (else it is skipped), a branch may end the run
// early, the first failure ends it with that step's message and hint. Cancellable at any time.
class WorkflowRunner : public QObject
{
    Q_OBJECT

public:
    struct Verdict
    {
        enum class Outcome { NotRun, Running, Passed, Failed, Cancelled };
        Outcome outcome = Outcome::NotRun;
        QString message;
        QString hint;
        int stepIndex = -1;   // the step that failed or ended the run
        qint64 durationMs = 0;
    };

    WorkflowRunner(const PartnerDescription &partner, const WorkflowSpec &workflow, const RunEnvironment &environment,
                   const StepRegistry &registry, QObject *parent = nullptr);

    const WorkflowSpec &workflow() const { return m_workflow; }
    // Sets the parameters (absent ones take their defaults) and returns what is wrong with them.
    QList<ParamIssue> setParameters(const QHash<QString, QString> &values);
    // False (and nothing runs) when the parameters are not acceptable.
    bool start();
    void cancel();
    bool isRunning() const { return m_verdict.outcome == Verdict::Outcome::Running; }

    int stepCount() const { return int(m_workflow.steps.size()); }
    const StepSpec &stepSpec(int index) const { return m_workflow.steps.at(index); }
    QString stepTitle(int index) const;
    const StepResult &stepResult(int index) const { return m_results.at(index); }
    const Verdict &verdict() const { return m_verdict; }
    static QString outcomeName(Verdict::Outcome outcome);

signals:
    void stepStarted(int index);
    void stepProgress(int index, const QString &text);
    void stepFinished(int index);
    void finished();

private:
    void runStep(int index);
    bool conditionsHold(const StepSpec &spec) const;
    void onStepFinished(int index, StepResult result);
    void finish(Verdict::Outcome outcome, const QString &message, const QString &hint, int stepIndex);

    PartnerDescription m_partner;
    WorkflowSpec m_workflow;
    RunEnvironment m_environment;
    const StepRegistry &m_registry;
    QJsonObject m_scope;
    QList<ParamIssue> m_issues;
    QList<StepResult> m_results;
    QPointer<Step> m_current;
    int m_currentIndex = -1;
    QElapsedTimer m_runClock;
    QElapsedTimer m_stepClock;
    Verdict m_verdict;
};

} // namespace Integrations
