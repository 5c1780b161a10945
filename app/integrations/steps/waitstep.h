#pragma once

#include "integrations/step.h"

class QTimer;

namespace Integrations {

// Waits the given seconds (e.g. the ~2 minutes Braze asks for between creating a profile and
// subscribing it), reporting a countdown once a second. Cancellable at any moment.
class WaitStep : public Step
{
    Q_OBJECT

public:
    explicit WaitStep(QObject *parent = nullptr);

    void start(const StepContext &context) override;
    void cancel() override;

    qint64 remainingMs() const;

private:
    void tick();
    void finish(StepResult::Status status);

    QTimer *m_ticker;
    qint64 m_deadline = 0;
    qint64 m_totalMs = 0;
    bool m_done = false;
};

} // namespace Integrations
