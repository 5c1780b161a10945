#pragma once

#include <QHash>
#include <QString>

namespace Sandbox {

// Braze's per-workspace rate limits (braze-api.md §5.4) as fixed windows aligned to the clock:
// an hourly limit resets on the hour, a per-minute one on the minute, the daily send-id limit
// at midnight UTC. Endpoints sharing a limit share a bucket.
class RateLimiter
{
public:
    struct Limit
    {
        int requests = 0;
        int windowSeconds = 0;
    };
    struct Decision
    {
        bool allowed = true;
        int limit = 0;                  // 0: the bucket has no limit (no rate-limit headers)
        int remaining = 0;
        qint64 resetEpochSeconds = 0;
    };

    // Bucket names used by the endpoint table.
    static constexpr const char *UsersTrack = "users.track";
    static constexpr const char *UsersExport = "users.export.ids";
    static constexpr const char *UserIdentity = "users.identity";          // alias/new, identify, delete
    static constexpr const char *SubscriptionSet = "subscription.set";      // v1 and v2
    static constexpr const char *SendIdCreate = "sends.id.create";
    static constexpr const char *Broadcast = "messaging.broadcast";
    // Prefix of the per-audience broadcast buckets (10 per minute for one campaign + segment + audience).
    static constexpr const char *BroadcastAudience = "messaging.broadcast.audience:";
    static constexpr const char *ExternalIds = "users.external_ids";        // rename, remove: 1,000 per minute
    static constexpr const char *CatalogSync = "catalogs.sync";             // GET|POST /catalogs, DELETE /catalogs/{name}
    static constexpr const char *CatalogItemSync = "catalogs.items.sync";   // every synchronous item call
    static constexpr const char *Unlimited = "unlimited";                   // transactional e-mail: never 429
    static constexpr const char *Default = "default";                       // shared 250,000 per hour

    static Limit defaultLimit(const QString &bucket);

    // Counts one request against the bucket when `consume` is true; a refused request is not counted.
    Decision take(const QString &bucket, qint64 nowMs, double scale, bool consume = true);
    void reset() { m_windows.clear(); }

private:
    struct Window
    {
        qint64 startSeconds = -1;
        int used = 0;
    };
    QHash<QString, Window> m_windows;
};

} // namespace Sandbox
