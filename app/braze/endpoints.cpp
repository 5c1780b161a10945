#include "endpoints.h"

#include <algorithm>

namespace Braze {

namespace {

// Shared buckets of braze-api.md §5.4. "default" is the 250,000 requests per hour that every
// endpoint without its own limit shares.
const DocumentedRateLimit DefaultLimit{QStringLiteral("default"), 250000, 3600};
const DocumentedRateLimit UserIdentityLimit{QStringLiteral("users.identity"), 20000, 60};
const DocumentedRateLimit SubscriptionSetLimit{QStringLiteral("subscription.set"), 5000, 60};

QList<EndpointInfo> buildTable()
{
    const QByteArray get("GET");
    const QByteArray post("POST");
    return {
        // users/track: the newest documented burst limit for data-point contracts, 3,000 per 3 s.
        {Endpoint::UsersTrack, post, QStringLiteral("/users/track"), QStringLiteral("users.track"),
         {QStringLiteral("users.track"), 3000, 3}, 75, false},
        // users/export/ids: 250 per minute for workspaces onboarded since 2024-08-22 (the lower value).
        {Endpoint::UsersExportIds, post, QStringLiteral("/users/export/ids"), QStringLiteral("users.export.ids"),
         {QStringLiteral("users.export.ids"), 250, 60}, 50, true},
        {Endpoint::UsersAliasNew, post, QStringLiteral("/users/alias/new"), QStringLiteral("users.alias.new"),
         UserIdentityLimit, 50, true},
        {Endpoint::UsersIdentify, post, QStringLiteral("/users/identify"), QStringLiteral("users.identify"),
         UserIdentityLimit, 50, true},
        {Endpoint::UsersDelete, post, QStringLiteral("/users/delete"), QStringLiteral("users.delete"),
         UserIdentityLimit, 50, true},
        {Endpoint::SubscriptionStatusGet, get, QStringLiteral("/subscription/status/get"), QStringLiteral("subscription.status.get"),
         DefaultLimit, 50, true},
        // The permission of /subscription/user/status is subscription.groups.get (braze-api.md §6).
        {Endpoint::SubscriptionUserStatus, get, QStringLiteral("/subscription/user/status"), QStringLiteral("subscription.groups.get"),
         DefaultLimit, 50, true},
        {Endpoint::SubscriptionStatusSet, post, QStringLiteral("/subscription/status/set"), QStringLiteral("subscription.status.set"),
         SubscriptionSetLimit, 50, true},
        {Endpoint::SubscriptionStatusSetV2, post, QStringLiteral("/v2/subscription/status/set"), QStringLiteral("subscription.status.set"),
         SubscriptionSetLimit, 50, true},
        {Endpoint::SegmentsList, get, QStringLiteral("/segments/list"), QStringLiteral("segments.list"), DefaultLimit, 0, true},
        {Endpoint::SegmentsDetails, get, QStringLiteral("/segments/details"), QStringLiteral("segments.details"), DefaultLimit, 0, true},
        {Endpoint::SegmentsDataSeries, get, QStringLiteral("/segments/data_series"), QStringLiteral("segments.data_series"),
         DefaultLimit, 0, true},
        {Endpoint::SendsDataSeries, get, QStringLiteral("/sends/data_series"), QStringLiteral("sends.data_series"), DefaultLimit, 0, true},
        // 100 send ids per day per workspace; a retry could create a second one.
        {Endpoint::SendsIdCreate, post, QStringLiteral("/sends/id/create"), QStringLiteral("sends.id.create"),
         {QStringLiteral("sends.id.create"), 100, 86400}, 0, false},
        // A repeated create schedules the message twice.
        {Endpoint::MessagesScheduleCreate, post, QStringLiteral("/messages/schedule/create"), QStringLiteral("messages.schedule.create"),
         DefaultLimit, 50, false},
        {Endpoint::MessagesScheduleUpdate, post, QStringLiteral("/messages/schedule/update"), QStringLiteral("messages.schedule.update"),
         DefaultLimit, 0, true},
        {Endpoint::MessagesScheduleDelete, post, QStringLiteral("/messages/schedule/delete"), QStringLiteral("messages.schedule.delete"),
         DefaultLimit, 0, true},
        // Sends are never de-duplicated by Braze: a repeat sends the message again.
        {Endpoint::CampaignsTriggerSend, post, QStringLiteral("/campaigns/trigger/send"), QStringLiteral("campaigns.trigger.send"),
         DefaultLimit, 50, false},
        {Endpoint::MessagesSend, post, QStringLiteral("/messages/send"), QStringLiteral("messages.send"), DefaultLimit, 50, false},
        {Endpoint::Raw, QByteArray(), QString(), QString(), {}, 0, false},
    };
}

} // namespace

const QList<EndpointInfo> &allEndpoints()
{
    static const QList<EndpointInfo> table = buildTable();
    return table;
}

const EndpointInfo &endpointInfo(Endpoint endpoint)
{
    const auto &table = allEndpoints();
    const auto it = std::find_if(table.cbegin(), table.cend(), [endpoint](const EndpointInfo &info) { return info.id == endpoint; });
    return it != table.cend() ? *it : table.last();
}

const EndpointInfo &endpointFor(const QByteArray &method, const QString &path)
{
    const auto &table = allEndpoints();
    QString cleanPath = path.section(QLatin1Char('?'), 0, 0);
    while (cleanPath.size() > 1 && cleanPath.endsWith(QLatin1Char('/')))
        cleanPath.chop(1);
    const auto it = std::find_if(table.cbegin(), table.cend(), [&](const EndpointInfo &info) {
        return info.method.compare(method, Qt::CaseInsensitive) == 0 && info.path == cleanPath;
    });
    return it != table.cend() ? *it : table.last();
}

} // namespace Braze
