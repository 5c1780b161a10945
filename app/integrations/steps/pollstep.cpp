#include "integrations/steps/pollstep.h"

#include "integrations/stepargs.h"
#include "integrations/stepregistry.h"

#include <QDateTime>
#include <QTimer>

namespace Integrations {

PollStep::PollStep(QObject *parent)
    : Step(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PollStep::attempt);
}

void PollStep::start(const StepContext &context)
{
    m_context = context;
    const QJsonObject inner = context.args.value(QLatin1String("step")).toObject();
    m_innerType = StepArgs::text(inner, QStringLiteral("type"));
    m_inner = context;
    m_inner.args = inner.value(QLatin1String("args")).toObject();
    m_wanted = StepArgs::text(context.args, QStringLiteral("outcome"));
    m_intervalMs = qMax<qint64>(50, qint64(StepArgs::number(context.args, QStringLiteral("interval_seconds"), 10) * 1000));
    m_deadline = QDateTime::currentMSecsSinceEpoch() + qint64(StepArgs::number(context.args, QStringLiteral("timeout_seconds"), 600) * 1000);
    if (!context.registry || !context.registry->contains(m_innerType)) {
        QTimer::singleShot(0, this, [this] { finish(StepResult::failed(tr("The step to repeat (%1) is unknown.").arg(m_innerType))); });
        return;
    }
    attempt();
}

void PollStep::attempt()
{
    ++m_attempts;
    m_current = m_context.registry->create(m_innerType, this);
    connect(m_current, &Step::exchangeRecorded, this, [this](const StepExchange &e) {
        m_exchanges.append(e);
        emit exchangeRecorded(e);
    });
    connect(m_current, &Step::progress, this, &Step::progress);
    connect(m_current, &Step::finished, this, &PollStep::onAttemptFinished);
    m_current->start(m_inner);
}

void PollStep::onAttemptFinished(const StepResult &result)
{
    if (m_current)
        m_current->deleteLater();
    if (result.status == StepResult::Status::Cancelled || result.status == StepResult::Status::Failed) {
        finish(result);
        return;
    }
    if (result.outcome == m_wanted) {
        StepResult done = result;
        done.summary = tr("After %n check(s): %1", nullptr, m_attempts).arg(result.summary);
        finish(done);
        return;
    }
    const qint64 left = m_deadline - QDateTime::currentMSecsSinceEpoch();
    if (left <= 0) {
        StepResult timedOut = StepResult::failed(tr("Still \"%1\" after %n check(s); gave up waiting for \"%2\".", nullptr, m_attempts).arg(result.outcome, m_wanted));
        timedOut.outcome = QStringLiteral("timeout");
        finish(timedOut);
        return;
    }
    emit progress(tr("Check %1: %2 — next check in %3 s").arg(m_attempts).arg(result.outcome).arg((qMin(m_intervalMs, left) + 999) / 1000));
    m_timer->start(int(qMin(m_intervalMs, left)));
}

void PollStep::cancel()
{
    m_timer->stop();
    if (m_current) {
        m_current->cancel();
        return;
    }
    StepResult r;
    r.status = StepResult::Status::Cancelled;
    finish(r);
}

void PollStep::finish(StepResult result)
{
    if (m_done)
        return;
    m_done = true;
    result.exchanges = m_exchanges;
    emit finished(result);
}

} // namespace Integrations
