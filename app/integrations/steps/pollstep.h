#pragma once

#include "integrations/step.h"

#include <QPointer>

class QTimer;

namespace Integrations {

// poll-until: runs another step again and again until its outcome is the wanted one (e.g. the
// subscription state turns "subscribed" after a double opt-in) or the time is up.
//   {"step": {"type": ..., "args": {...}}, "outcome": "subscribed",
//    "interval_seconds": 10, "timeout_seconds": 600}
class PollStep : public Step
{
    Q_OBJECT

public:
    explicit PollStep(QObject *parent = nullptr);

    void start(const StepContext &context) override;
    void cancel() override;

private:
    void attempt();
    void onAttemptFinished(const StepResult &result);
    void finish(StepResult result);

    StepContext m_context;
    StepContext m_inner;
    QString m_innerType;
    QString m_wanted;
    qint64 m_intervalMs = 1000;
    qint64 m_deadline = 0;
    int m_attempts = 0;
    QTimer *m_timer;
    QPointer<Step> m_current;
    QList<StepExchange> m_exchanges;
    bool m_done = false;
};

} // namespace Integrations
