#pragma once

#include "webhook/rehearsal/rehearsalclock.h"

#include <map>

// Rehearsal time that moves only when the test says so: Braze's waits and its 90 s timeout pass
// in no real time at all.
class ManualClock : public Webhook::RehearsalClock
{
public:
    qint64 now() const { return m_now; }
    int schedule(qint64 ms, std::function<void()> action) override
    {
        const int id = m_nextId++;
        m_due.emplace(id, std::make_pair(m_now + ms, std::move(action)));
        return id;
    }
    void cancel(int id) override { m_due.erase(id); }

    int pending() const { return int(m_due.size()); }
    // The time of the earliest scheduled action, or -1.
    qint64 nextDue() const
    {
        qint64 next = -1;
        for (const auto &[id, entry] : m_due)
            next = next < 0 ? entry.first : qMin(next, entry.first);
        return next;
    }
    // Moves the clock to the earliest scheduled action and runs it.
    bool advanceToNext()
    {
        auto first = m_due.end();
        for (auto it = m_due.begin(); it != m_due.end(); ++it) {
            if (first == m_due.end() || it->second.first < first->second.first)
                first = it;
        }
        if (first == m_due.end())
            return false;
        m_now = first->second.first;
        const std::function<void()> action = std::move(first->second.second);
        m_due.erase(first);
        action();
        return true;
    }

private:
    qint64 m_now = 0;
    int m_nextId = 1;
    std::map<int, std::pair<qint64, std::function<void()>>> m_due;
};
