#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Braze {

// Every REST endpoint of braze-api.md §11 and braze-api-more.md §2-§8 the console calls. Raw is a call to any other path or
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
    // braze-api-more.md §2: Canvas triggers, trigger schedules, transactional e-mail
    CanvasTriggerSend,
    CanvasTriggerScheduleCreate,
    CanvasTriggerScheduleUpdate,
    CanvasTriggerScheduleDelete,
    CampaignsTriggerScheduleCreate,
    CampaignsTriggerScheduleUpdate,
    CampaignsTriggerScheduleDelete,
    MessagesScheduledBroadcasts,
    TransactionalSend,
    // §3: campaign and Canvas export
    CampaignsList,
    CampaignsDetails,
    CanvasList,
    CanvasDetails,
    // §4: user data
    UsersMerge,
    UsersAliasUpdate,
    UsersExternalIdsRename,
    UsersExternalIdsRemove,
    UsersExportSegment,
    UsersExportGlobalControlGroup,
    // §5, §6: e-mail and SMS lists
    EmailHardBounces,
    EmailUnsubscribes,
    EmailStatus,
    EmailBounceRemove,
    EmailSpamRemove,
    EmailBlocklist,
    EmailBlacklist,
    SmsInvalidPhoneNumbers,
    SmsInvalidPhoneNumbersRemove,
    // §7: Content Blocks and e-mail templates
    ContentBlocksList,
    ContentBlocksInfo,
    ContentBlocksCreate,
    ContentBlocksUpdate,
    TemplatesEmailList,
    TemplatesEmailInfo,
    TemplatesEmailCreate,
    TemplatesEmailUpdate,
    // §8: synchronous catalog calls; paths hold {catalog_name} and {item_id}
    CatalogsList,
    CatalogsCreate,
    CatalogsDelete,
    CatalogItemsList,
    CatalogItemGet,
    CatalogItemCreate,
    CatalogItemUpdate,
    CatalogItemReplace,
    CatalogItemDelete,
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
    // Braze's path; a segment written {name} (catalog name, item id, campaign id) is filled in per call.
    QString path;
    QString permission;
    DocumentedRateLimit rateLimit;
    // Maximum number of objects (ids, recipients, objects per array) in one request; 0 = none.
    int batchLimit = 0;
    // True when sending the same request twice has the same effect as once (braze-api.md §5.3):
    // only such calls are retried automatically after a 5xx or a network error.
    bool safeToRepeat = false;
    // Braze's documented example (compact JSON for bodies, a query string for GETs), offered by
    // `braze-cli call` and the request composer; empty when the docs give none.
    QByteArray exampleBody;
    QString exampleQuery;
};

const EndpointInfo &endpointInfo(Endpoint endpoint);
const QList<EndpointInfo> &allEndpoints();
// The endpoint a method and path belong to (a {name} segment matches any one segment), or the Raw entry.
const EndpointInfo &endpointFor(const QByteArray &method, const QString &path);

} // namespace Braze
