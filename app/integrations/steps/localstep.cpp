#include "integrations/steps/localstep.h"

#include <QTimer>

namespace Integrations {

LocalStep::LocalStep(Function function, QObject *parent)
    : Step(parent)
    , m_function(std::move(function))
{
}

void LocalStep::start(const StepContext &context)
{
    const StepResult result = m_function(context);
    QTimer::singleShot(0, this, [this, result] {
        if (!m_done) {
            m_done = true;
            emit finished(result);
        }
    });
}

void LocalStep::cancel()
{
    if (m_done)
        return;
    m_done = true;
    StepResult result;
    result.status = StepResult::Status::Cancelled;
    emit finished(result);
}

} // namespace Integrations
