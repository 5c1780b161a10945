#pragma once

#include "webhook/rehearsal/rehearsalclock.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace Webhook {

// Rehearsal time running `speed` times faster than real time (1: real time, 60: a 30 s wait
// lasts half a second). Timers live in the thread that made the clock.
class ScaledClock : public QObject, public RehearsalClock
{
    Q_OBJECT

public:
    explicit ScaledClock(double speed = 1.0, QObject *parent = nullptr);

    double speed() const { return m_speed; }
    int schedule(qint64 ms, std::function<void()> action) override;
    void cancel(int id) override;

private:
    double m_speed;
    QHash<int, QTimer *> m_timers;
    int m_nextId = 1;
};

} // namespace Webhook
