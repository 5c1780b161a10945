#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how late a 1 ms timer fires on the thread that owns it: a late tick means that
// thread's event loop did not run. It also counts the CPU time the thread itself used between
// two ticks, which tells the loop's own work apart from waiting for a CPU core on a busy machine.
// The benchmarks that drive the GUI thread print both (goal: under 16 ms, one frame at 60 Hz).
class StallMeter : public QObject
{
public:
    StallMeter();

    void start();
    void stop();
    double longestStallMs() const;
    double longestBusyMs() const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestGapNs = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longestBusyNs = 0;
};
