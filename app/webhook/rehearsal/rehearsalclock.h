#pragma once

#include <QtGlobal>

#include <functional>

namespace Webhook {

// The time a delivery rehearsal runs in: Braze's waits and timeouts are given in Braze's time
// and the clock decides how long they really take (real time, accelerated, or in tests only
// when the test moves the clock on).
class RehearsalClock
{
public:
    virtual ~RehearsalClock() = default;
    // Runs `action` once `ms` of rehearsal time have passed; returns an id for cancel().
    virtual int schedule(qint64 ms, std::function<void()> action) = 0;
    virtual void cancel(int id) = 0;
};

} // namespace Webhook
