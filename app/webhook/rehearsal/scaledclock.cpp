#include "webhook/rehearsal/scaledclock.h"

#include <QTimer>

#include <cmath>

namespace Webhook {

ScaledClock::ScaledClock(double speed, QObject *parent)
    : QObject(parent)
    , m_speed(speed > 0 ? speed : 1.0)
{
}

int ScaledClock::schedule(qint64 ms, std::function<void()> action)
{
    const int id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, id, action = std::move(action)]() {
        if (QTimer *done = m_timers.take(id))
            done->deleteLater();
        action();
    });
    m_timers.insert(id, timer);
    timer->start(int(qMin<qint64>(std::llround(double(ms) / m_speed), std::numeric_limits<int>::max())));
    return id;
}

void ScaledClock::cancel(int id)
{
    if (QTimer *timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}

} // namespace Webhook
