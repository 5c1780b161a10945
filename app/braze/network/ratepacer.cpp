#include "braze/network/ratepacer.h"

#include <algorithm>

namespace Braze {

RatePacer::Window &RatePacer::windowFor(const DocumentedRateLimit &limit, qint64 nowMs)
{
    Window &window = m_windows[limit.bucket];
    if (nowMs >= window.resetMs) {
        // A new window: the documented limit, aligned to the clock, until Braze says otherwise.
        const qint64 windowMs = qint64(std::max(1, limit.windowSeconds)) * 1000;
        if (!window.fromServer || window.limit <= 0)
            window.limit = limit.requests;
        window.remaining = window.limit;
        window.resetMs = nowMs - nowMs % windowMs + windowMs;
    }
    return window;
}

qint64 RatePacer::delayBeforeNext(const DocumentedRateLimit &limit, qint64 nowMs)
{
    if (limit.bucket.isEmpty() || limit.requests <= 0)
        return 0;
    const Window &window = windowFor(limit, nowMs);
    return window.remaining > 0 ? 0 : window.resetMs - nowMs;
}

void RatePacer::recordSent(const DocumentedRateLimit &limit, qint64 nowMs)
{
    if (limit.bucket.isEmpty() || limit.requests <= 0)
        return;
    Window &window = windowFor(limit, nowMs);
    window.remaining = std::max<qint64>(0, window.remaining - 1);
    ++window.inFlight;
}

void RatePacer::recordResponse(const DocumentedRateLimit &limit, const RateLimitInfo &info, qint64 nowMs)
{
    if (limit.bucket.isEmpty() || limit.requests <= 0)
        return;
    Window &window = windowFor(limit, nowMs);
    window.inFlight = std::max(0, window.inFlight - 1);
    if (!info.isKnown())
        return;
    window.fromServer = true;
    if (info.limit >= 0)
        window.limit = info.limit;
    // Braze counted this request; the ones still in flight it has not seen yet.
    if (info.remaining >= 0)
        window.remaining = std::max<qint64>(0, info.remaining - window.inFlight);
    if (info.resetEpochSeconds >= 0 && info.resetEpochSeconds * 1000 > nowMs)
        window.resetMs = info.resetEpochSeconds * 1000;
}

void RatePacer::blockUntil(const DocumentedRateLimit &limit, qint64 untilMs)
{
    if (limit.bucket.isEmpty())
        return;
    Window &window = m_windows[limit.bucket];
    window.remaining = 0;
    window.resetMs = untilMs;
}

} // namespace Braze
