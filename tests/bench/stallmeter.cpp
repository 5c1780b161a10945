#include "stallmeter.h"

#include <algorithm>
#include <ctime>

namespace {

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

StallMeter::StallMeter()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_clock.start();
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

// The timer's own 1 ms period is not a stall.
double StallMeter::longestStallMs() const
{
    return std::max<qint64>(0, m_longestGapNs - 1'000'000) / 1e6;
}

double StallMeter::longestBusyMs() const
{
    return m_longestBusyNs / 1e6;
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    if (m_last > 0) {
        m_longestGapNs = std::max(m_longestGapNs, now - m_last);
        m_longestBusyNs = std::max(m_longestBusyNs, cpu - m_lastCpu);
    }
    m_last = now;
    m_lastCpu = cpu;
}
