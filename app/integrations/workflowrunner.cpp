#include "integrations/workflowrunner.h"

#include "integrations/integrationtext.h"
#include "integrations/placeholders.h"
#include "integrations/step.h"
#include "integrations/stepregistry.h"

#include <QJsonArray>

namespace Integrations {

WorkflowRunner::WorkflowRunner(const PartnerDescription &partner, const WorkflowSpec &workflow, const RunEnvironment &environment,
                               const StepRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_partner(partner)
    , m_workflow(workflow)
    , m_environment(environment)
    , m_registry(registry)
{
    m_results.resize(m_workflow.steps.size());
    setParameters({});
}

QString WorkflowRunner::stepTitle(int index) const
{
    return IntegrationText::text(m_workflow.steps.at(index).titleId);
}

QList<ParamIssue> WorkflowRunner::setParameters(const QHash<QString, QString> &values)
{
    m_issues.clear();
    const QJsonObject params = ParamResolver::resolve(m_workflow, values, m_environment.config, m_environment.sandbox, &m_issues);
    m_scope = {{QStringLiteral("param"), params},
               {QStringLiteral("config"), m_environment.config},
               {QStringLiteral("steps"), QJsonObject()},
               {QStringLiteral("endpoint"), m_environment.endpoint},
               {QStringLiteral("requirements"), QJsonObject{{QStringLiteral("permissions"), QJsonArray::fromStringList(m_partner.permissions())}}}};
    return m_issues;
}

bool WorkflowRunner::start()
{
    if (isRunning() || !m_issues.isEmpty())
        return false;
    m_results.fill(StepResult());
    QJsonObject scope = m_scope;
    scope.insert(QStringLiteral("steps"), QJsonObject());
    m_scope = scope;
    m_verdict = {Verdict::Outcome::Running, {}, {}, -1, 0};
    m_runClock.start();
    runStep(0);
    return true;
}

bool WorkflowRunner::conditionsHold(const StepSpec &spec) const
{
    for (const Condition &c : spec.when) {
        if (!c.step.isEmpty()) {
            const QString outcome = Placeholders::lookup(m_scope, QStringLiteral("steps.%1.outcome").arg(c.step)).toString();
            if (!c.outcomes.contains(outcome))
                return false;
        }
        if (!c.setExpression.isEmpty() && Placeholders::resolveText(c.setExpression, m_scope).trimmed().isEmpty())
            return false;
    }
    return true;
}

void WorkflowRunner::runStep(int index)
{
    // Skipped steps are settled in this loop rather than by recursion.
    while (index < stepCount() && !conditionsHold(m_workflow.steps.at(index))) {
        StepResult skipped;
        skipped.status = StepResult::Status::Skipped;
        skipped.outcome = QStringLiteral("skipped");
        skipped.summary = tr("Not needed here.");
        m_results[index] = skipped;
        QJsonObject steps = m_scope.value(QLatin1String("steps")).toObject();
        steps.insert(m_workflow.steps.at(index).id, QJsonObject{{QStringLiteral("outcome"), skipped.outcome}});
        m_scope.insert(QStringLiteral("steps"), steps);
        emit stepFinished(index);
        ++index;
    }
    if (index >= stepCount()) {
        finish(Verdict::Outcome::Passed, tr("All steps passed."), {}, -1);
        return;
    }
    const StepSpec &spec = m_workflow.steps.at(index);
    m_currentIndex = index;
    m_current = m_registry.create(spec.type, this);
    m_results[index].status = StepResult::Status::Running;
    StepContext context;
    context.args = Placeholders::resolve(spec.args, m_scope);
    context.scope = m_scope;
    context.environment = m_environment;
    context.environment.origin = Braze::RequestOrigin::workflow(
        QStringLiteral("%1 · %2").arg(IntegrationText::text(m_partner.titleId), IntegrationText::text(m_workflow.titleId)), index + 1,
        stepTitle(index));
    context.registry = &m_registry;
    connect(m_current, &Step::progress, this, [this, index](const QString &text) { emit stepProgress(index, text); });
    connect(m_current, &Step::finished, this, [this, index](const StepResult &result) { onStepFinished(index, result); });
    m_stepClock.start();
    emit stepStarted(index);
    m_current->start(context);
}

void WorkflowRunner::onStepFinished(int index, StepResult result)
{
    const StepSpec &spec = m_workflow.steps.at(index);
    result.durationMs = m_stepClock.elapsed();
    if (result.status == StepResult::Status::Failed && !spec.hintId.isEmpty())
        result.hint = IntegrationText::text(spec.hintId);
    m_results[index] = result;
    if (m_current)
        m_current->deleteLater();
    QJsonObject outputs = result.outputs;
    outputs.insert(QStringLiteral("outcome"), result.outcome);
    QJsonObject steps = m_scope.value(QLatin1String("steps")).toObject();
    steps.insert(spec.id, outputs);
    m_scope.insert(QStringLiteral("steps"), steps);
    emit stepFinished(index);

    switch (result.status) {
    case StepResult::Status::Failed:
        finish(Verdict::Outcome::Failed, tr("Step %1, \"%2\", failed: %3").arg(index + 1).arg(stepTitle(index), result.summary), result.hint, index);
        return;
    case StepResult::Status::Cancelled:
        finish(Verdict::Outcome::Cancelled, tr("Cancelled during step %1, \"%2\".").arg(index + 1).arg(stepTitle(index)), {}, index);
        return;
    case StepResult::Status::Finished:
        for (int rest = index + 1; rest < stepCount(); ++rest) {
            m_results[rest].status = StepResult::Status::Skipped;
            m_results[rest].summary = tr("Not needed here.");
            emit stepFinished(rest);
        }
        finish(Verdict::Outcome::Passed, result.summary, {}, index);
        return;
    default:
        runStep(index + 1);
    }
}

void WorkflowRunner::cancel()
{
    if (isRunning() && m_current)
        m_current->cancel();
}

void WorkflowRunner::finish(Verdict::Outcome outcome, const QString &message, const QString &hint, int stepIndex)
{
    m_current = nullptr;
    m_currentIndex = -1;
    m_verdict = {outcome, message, hint, stepIndex, m_runClock.elapsed()};
    emit finished();
}

QString WorkflowRunner::outcomeName(Verdict::Outcome outcome)
{
    switch (outcome) {
    case Verdict::Outcome::NotRun: return QStringLiteral("not-run");
    case Verdict::Outcome::Running: return QStringLiteral("running");
    case Verdict::Outcome::Passed: return QStringLiteral("passed");
    case Verdict::Outcome::Failed: return QStringLiteral("failed");
    case Verdict::Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace Integrations
