#pragma once

#include "braze/endpoints.h"
#include "braze/ratelimitinfo.h"

#include <QHash>

namespace Braze {

// Keeps each rate-limit bucket under its limit. It starts from the documented limit
// (braze-api.md §5.4, fixed windows aligned to the clock like Braze's hourly reset) and
// switches to what Braze reports in X-RateLimit-* as soon as a response carries them, since a
// workspace's real limits may be higher or lower than the documented defaults.
// All times are milliseconds since the epoch, passed in so tests can drive the clock.
class RatePacer
{
public:
    // Milliseconds to wait before one more request of this bucket may go; 0 = now.
    qint64 delayBeforeNext(const DocumentedRateLimit &limit, qint64 nowMs);
    // Counts a request that is being sent.
    void recordSent(const DocumentedRateLimit &limit, qint64 nowMs);
    // A request of this bucket came back; adopts the headers of its response, if any.
    void recordResponse(const DocumentedRateLimit &limit, const RateLimitInfo &info, qint64 nowMs);
    // After a 429: nothing of this bucket goes before untilMs.
    void blockUntil(const DocumentedRateLimit &limit, qint64 untilMs);

private:
    struct Window
    {
        qint64 limit = 0;
        qint64 remaining = 0;
        qint64 resetMs = 0;
        int inFlight = 0;
        bool fromServer = false;
    };
    Window &windowFor(const DocumentedRateLimit &limit, qint64 nowMs);

    QHash<QString, Window> m_windows;
};

} // namespace Braze
