#include "sandbox/ratelimiter.h"

#include <QtMath>

namespace Sandbox {

RateLimiter::Limit RateLimiter::defaultLimit(const QString &bucket)
{
    if (bucket == QLatin1String(UsersTrack))
        return {3000, 3};
    if (bucket == QLatin1String(UsersExport))
        return {250, 60};
    if (bucket == QLatin1String(UserIdentity))
        return {20000, 60};
    if (bucket == QLatin1String(SubscriptionSet))
        return {5000, 60};
    if (bucket == QLatin1String(ExternalIds))
        return {1000, 60};
    if (bucket == QLatin1String(CatalogSync) || bucket == QLatin1String(CatalogItemSync))
        return {50, 60};
    if (bucket == QLatin1String(Unlimited))
        return {0, 60};
    if (bucket == QLatin1String(SendIdCreate))
        return {100, 86400};
    if (bucket.startsWith(QLatin1String(BroadcastAudience)))
        return {10, 60};
    if (bucket == QLatin1String(Broadcast))
        return {250, 60};
    return {250000, 3600};
}

RateLimiter::Decision RateLimiter::take(const QString &bucket, qint64 nowMs, double scale, bool consume)
{
    const Limit limit = defaultLimit(bucket);
    if (limit.requests == 0)
        return {};
    const int allowedCount = qMax(1, qRound(limit.requests * scale));
    const qint64 nowSeconds = nowMs / 1000;
    const qint64 start = nowSeconds - nowSeconds % limit.windowSeconds;
    Window &window = m_windows[bucket];
    if (window.startSeconds != start)
        window = {start, 0};

    Decision d;
    d.limit = allowedCount;
    d.resetEpochSeconds = start + limit.windowSeconds;
    d.allowed = window.used < allowedCount;
    if (d.allowed && consume)
        ++window.used;
    d.remaining = qMax(0, allowedCount - window.used);
    return d;
}

} // namespace Sandbox
