#include "integrations/steps/waitstep.h"

#include "integrations/stepargs.h"

#include <QDateTime>
#include <QTimer>

namespace Integrations {

WaitStep::WaitStep(QObject *parent)
    : Step(parent)
    , m_ticker(new QTimer(this))
{
    m_ticker->setTimerType(Qt::PreciseTimer);
    connect(m_ticker, &QTimer::timeout, this, &WaitStep::tick);
}

void WaitStep::start(const StepContext &context)
{
    m_totalMs = qMax<qint64>(0, qint64(StepArgs::number(context.args, QStringLiteral("seconds"), 0) * 1000));
    m_deadline = QDateTime::currentMSecsSinceEpoch() + m_totalMs;
    m_ticker->start(int(qMin<qint64>(1000, qMax<qint64>(m_totalMs, 1))));
    tick();
}

qint64 WaitStep::remainingMs() const
{
    return qMax<qint64>(0, m_deadline - QDateTime::currentMSecsSinceEpoch());
}

void WaitStep::tick()
{
    const qint64 left = remainingMs();
    if (left <= 0) {
        finish(StepResult::Status::Passed);
        return;
    }
    emit progress(tr("Waiting: %n s left", nullptr, int((left + 999) / 1000)));
    m_ticker->start(int(qMin<qint64>(1000, left)));
}

void WaitStep::cancel()
{
    finish(StepResult::Status::Cancelled);
}

void WaitStep::finish(StepResult::Status status)
{
    if (m_done)
        return;
    m_done = true;
    m_ticker->stop();
    StepResult result;
    result.status = status;
    result.outcome = status == StepResult::Status::Passed ? QStringLiteral("waited") : QString();
    result.summary = status == StepResult::Status::Passed ? tr("Waited %n s.", nullptr, int(m_totalMs / 1000)) : tr("Cancelled.");
    // Emitted from the event loop so that a zero wait still finishes after start() returns.
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}

} // namespace Integrations
