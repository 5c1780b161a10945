#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Braze {

// Every REST endpoint of braze-api.md §11 the console calls. Raw is a call to any other path or
// URL (CLI, webhook tests): it has no permission, no documented limit and is not retried
// unless the caller says it is safe.
enum class Endpoint {
    UsersTrack,
    UsersExportIds,
    UsersAliasNew,
    UsersIdentify,
    UsersDelete,
    SubscriptionStatusGet,
    SubscriptionUserStatus,
    SubscriptionStatusSet,
    SubscriptionStatusSetV2,
    SegmentsList,
    SegmentsDetails,
    SegmentsDataSeries,
    SendsDataSeries,
    SendsIdCreate,
    MessagesScheduleCreate,
    MessagesScheduleUpdate,
    MessagesScheduleDelete,
    CampaignsTriggerSend,
    MessagesSend,
    Raw,
};

// A documented rate limit (braze-api.md §5.4). Endpoints that share one counter at Braze share
// a bucket name, so pacing counts them together.
struct DocumentedRateLimit
{
    QString bucket;
    int requests = 0;
    int windowSeconds = 0;
};

// One row of the endpoint table: everything the layer needs to send, pace, retry and explain a
// call. The table lives in endpoints.cpp and nowhere else.
struct EndpointInfo
{
    Endpoint id = Endpoint::Raw;
    QByteArray method;
    QString path;
    QString permission;
    DocumentedRateLimit rateLimit;
    // Maximum number of objects (ids, recipients, objects per array) in one request; 0 = none.
    int batchLimit = 0;
    // True when sending the same request twice has the same effect as once (braze-api.md §5.3):
    // only such calls are retried automatically after a 5xx or a network error.
    bool safeToRepeat = false;
};

const EndpointInfo &endpointInfo(Endpoint endpoint);
const QList<EndpointInfo> &allEndpoints();
// The endpoint a method and path belong to, or the Raw entry.
const EndpointInfo &endpointFor(const QByteArray &method, const QString &path);

} // namespace Braze
