#include "braze/permissions/permissionprobe.h"

#include "braze/apiresult.h"
#include "braze/brazeclient.h"
#include "braze/requests/requestbuilding.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace Braze {

namespace {

// An id that no real profile has, so read calls find nothing.
QString probeId()
{
    return QStringLiteral("braze-console-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

PreparedRequest emptyPost(Endpoint endpoint, const QJsonObject &body = {})
{
    return RequestBuilding::jsonRequest(endpoint, body);
}

PreparedRequest get(Endpoint endpoint, const QList<QPair<QString, QString>> &query)
{
    QUrlQuery urlQuery;
    urlQuery.setQueryItems(query);
    return RequestBuilding::queryRequest(endpoint, urlQuery);
}

// A call on a catalog (and item) that does not exist: Braze answers 404 catalog-not-found
// once the key and permission are accepted, and nothing exists to change.
PreparedRequest missingCatalog(Endpoint endpoint, const QString &id, const QJsonObject &body = {})
{
    PreparedRequest prepared = body.isEmpty() ? RequestBuilding::queryRequest(endpoint, {}) : RequestBuilding::jsonRequest(endpoint, body);
    RequestBuilding::fillPath(prepared, {{QStringLiteral("catalog_name"), id}, {QStringLiteral("item_id"), id},
                                         {QStringLiteral("campaign_id"), id}});
    return prepared;
}

} // namespace

// Why each call changes nothing:
// * Write endpoints get a body without any object to act on ({} or an empty list). Braze checks
//   the key (401) and then the permission (403) before it looks at the body (braze-api.md §2.1,
//   §12.2), so with the permission the answer is 400 for the missing fields (or a 2xx with
//   nothing processed), and a 4xx never applies anything (§4). Affected: users.track,
//   users.alias.new, users.identify, users.delete, subscription.status.set,
//   messages.schedule.create/update/delete, campaigns.trigger.send, messages.send.
// * Read endpoints (users.export.ids with an id nobody has, the subscription, segment and send
//   statistics GETs) only read.
// * braze-api-more.md §2-§8: the write endpoints get {} or an empty list (same reasoning); the
//   transactional send names a campaign id nobody has; catalog calls name a catalog nobody has
//   (404 catalog-not-found, which only a permitted key gets to see); list and info calls read.
// * users.export.global_control_group has no such call: without fields_to_export older
//   workspaces would start a real export of the whole control group, so it stays "unknown".
// * sends.id.create has no such call: it is limited to 100 calls a day per workspace, and a
//   probe would use up part of that quota, so it stays "unknown".
QList<PermissionProbe::ProbeCall> PermissionProbe::probeCalls()
{
    const QString id = probeId();
    const QString emptyBody = tr("Checked with an empty request that Braze refuses before changing anything.");
    const QString read = tr("Checked with a read-only call.");
    const QString noCatalog = tr("Checked on a catalog that does not exist.");
    const QJsonObject itemBody{{QStringLiteral("items"), QJsonArray{QJsonObject()}}};
    QList<ProbeCall> calls{
        {QStringLiteral("users.track"), emptyPost(Endpoint::UsersTrack), emptyBody},
        {QStringLiteral("users.export.ids"),
         emptyPost(Endpoint::UsersExportIds, {{QStringLiteral("external_ids"), QJsonArray{id}},
                                              {QStringLiteral("fields_to_export"), QJsonArray{QStringLiteral("external_id")}}}),
         tr("Checked by exporting an external ID that no profile has.")},
        {QStringLiteral("users.alias.new"), emptyPost(Endpoint::UsersAliasNew, {{QStringLiteral("user_aliases"), QJsonArray()}}), emptyBody},
        {QStringLiteral("users.identify"), emptyPost(Endpoint::UsersIdentify), emptyBody},
        {QStringLiteral("users.delete"), emptyPost(Endpoint::UsersDelete), emptyBody},
        {QStringLiteral("subscription.status.get"),
         get(Endpoint::SubscriptionStatusGet, {{QStringLiteral("subscription_group_id"), id}, {QStringLiteral("external_id"), id}}), read},
        {QStringLiteral("subscription.groups.get"), get(Endpoint::SubscriptionUserStatus, {{QStringLiteral("external_id"), id}}), read},
        {QStringLiteral("subscription.status.set"), emptyPost(Endpoint::SubscriptionStatusSet), emptyBody},
        {QStringLiteral("segments.list"), get(Endpoint::SegmentsList, {{QStringLiteral("page"), QStringLiteral("0")}}), read},
        {QStringLiteral("segments.details"), get(Endpoint::SegmentsDetails, {{QStringLiteral("segment_id"), id}}), read},
        {QStringLiteral("segments.data_series"),
         get(Endpoint::SegmentsDataSeries, {{QStringLiteral("segment_id"), id}, {QStringLiteral("length"), QStringLiteral("1")}}), read},
        {QStringLiteral("sends.data_series"),
         get(Endpoint::SendsDataSeries, {{QStringLiteral("campaign_id"), id}, {QStringLiteral("send_id"), id}, {QStringLiteral("length"), QStringLiteral("1")}}),
         read},
        {QStringLiteral("sends.id.create"), {},
         tr("Not checked: /sends/id/create allows only 100 calls a day, and a check would use one. Create a send ID once to find out.")},
        {QStringLiteral("messages.schedule.create"), emptyPost(Endpoint::MessagesScheduleCreate), emptyBody},
        {QStringLiteral("messages.schedule.update"), emptyPost(Endpoint::MessagesScheduleUpdate), emptyBody},
        {QStringLiteral("messages.schedule.delete"), emptyPost(Endpoint::MessagesScheduleDelete), emptyBody},
        {QStringLiteral("campaigns.trigger.send"), emptyPost(Endpoint::CampaignsTriggerSend), emptyBody},
        {QStringLiteral("messages.send"), emptyPost(Endpoint::MessagesSend), emptyBody},
        {QStringLiteral("canvas.trigger.send"), emptyPost(Endpoint::CanvasTriggerSend), emptyBody},
        {QStringLiteral("canvas.trigger.schedule.create"), emptyPost(Endpoint::CanvasTriggerScheduleCreate), emptyBody},
        {QStringLiteral("canvas.trigger.schedule.update"), emptyPost(Endpoint::CanvasTriggerScheduleUpdate), emptyBody},
        {QStringLiteral("canvas.trigger.schedule.delete"), emptyPost(Endpoint::CanvasTriggerScheduleDelete), emptyBody},
        {QStringLiteral("campaigns.trigger.schedule.create"), emptyPost(Endpoint::CampaignsTriggerScheduleCreate), emptyBody},
        {QStringLiteral("campaigns.trigger.schedule.update"), emptyPost(Endpoint::CampaignsTriggerScheduleUpdate), emptyBody},
        {QStringLiteral("campaigns.trigger.schedule.delete"), emptyPost(Endpoint::CampaignsTriggerScheduleDelete), emptyBody},
        {QStringLiteral("messages.schedule_broadcasts"),
         get(Endpoint::MessagesScheduledBroadcasts, {{QStringLiteral("end_time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}), read},
        {QStringLiteral("transactional.send"), missingCatalog(Endpoint::TransactionalSend, id, {{QStringLiteral("recipient"), QJsonObject()}}),
         tr("Checked by sending to a campaign ID that does not exist.")},
        {QStringLiteral("campaigns.list"), get(Endpoint::CampaignsList, {{QStringLiteral("page"), QStringLiteral("0")}}), read},
        {QStringLiteral("campaigns.details"), get(Endpoint::CampaignsDetails, {{QStringLiteral("campaign_id"), id}}), read},
        {QStringLiteral("canvas.list"), get(Endpoint::CanvasList, {{QStringLiteral("page"), QStringLiteral("0")}}), read},
        {QStringLiteral("canvas.details"), get(Endpoint::CanvasDetails, {{QStringLiteral("canvas_id"), id}}), read},
        {QStringLiteral("users.merge"), emptyPost(Endpoint::UsersMerge, {{QStringLiteral("merge_updates"), QJsonArray()}}), emptyBody},
        {QStringLiteral("users.alias.update"), emptyPost(Endpoint::UsersAliasUpdate, {{QStringLiteral("alias_updates"), QJsonArray()}}), emptyBody},
        {QStringLiteral("users.external_ids.rename"),
         emptyPost(Endpoint::UsersExternalIdsRename, {{QStringLiteral("external_id_renames"), QJsonArray()}}), emptyBody},
        {QStringLiteral("users.external_ids.remove"), emptyPost(Endpoint::UsersExternalIdsRemove, {{QStringLiteral("external_ids"), QJsonArray()}}),
         emptyBody},
        {QStringLiteral("users.export.segment"), emptyPost(Endpoint::UsersExportSegment), emptyBody},
        {QStringLiteral("users.export.global_control_group"), {},
         tr("Not checked: every harmless-looking call could start an export of the whole global control group. Export it once to find out.")},
        {QStringLiteral("email.hard_bounces"),
         get(Endpoint::EmailHardBounces, {{QStringLiteral("email"), id + QStringLiteral("@example.com")},
                                          {QStringLiteral("end_date"), QDate::currentDate().toString(Qt::ISODate)}}), read},
        {QStringLiteral("email.unsubscribe"),
         get(Endpoint::EmailUnsubscribes, {{QStringLiteral("email"), id + QStringLiteral("@example.com")},
                                           {QStringLiteral("end_date"), QDate::currentDate().toString(Qt::ISODate)}}), read},
        {QStringLiteral("email.status"), emptyPost(Endpoint::EmailStatus), emptyBody},
        {QStringLiteral("email.bounce.remove"), emptyPost(Endpoint::EmailBounceRemove), emptyBody},
        {QStringLiteral("email.spam.remove"), emptyPost(Endpoint::EmailSpamRemove), emptyBody},
        {QStringLiteral("email.blacklist"), emptyPost(Endpoint::EmailBlocklist), emptyBody},
        {QStringLiteral("sms.invalid_phone_numbers"),
         get(Endpoint::SmsInvalidPhoneNumbers, {{QStringLiteral("phone_numbers[]"), QStringLiteral("+10000000000")}}), read},
        {QStringLiteral("sms.invalid_phone_numbers.remove"), emptyPost(Endpoint::SmsInvalidPhoneNumbersRemove), emptyBody},
        {QStringLiteral("content_blocks.list"), get(Endpoint::ContentBlocksList, {{QStringLiteral("limit"), QStringLiteral("1")}}), read},
        {QStringLiteral("content_blocks.info"), get(Endpoint::ContentBlocksInfo, {{QStringLiteral("content_block_id"), id}}), read},
        {QStringLiteral("content_blocks.create"), emptyPost(Endpoint::ContentBlocksCreate), emptyBody},
        {QStringLiteral("content_blocks.update"), emptyPost(Endpoint::ContentBlocksUpdate), emptyBody},
        {QStringLiteral("templates.email.list"), get(Endpoint::TemplatesEmailList, {{QStringLiteral("limit"), QStringLiteral("1")}}), read},
        {QStringLiteral("templates.email.info"), get(Endpoint::TemplatesEmailInfo, {{QStringLiteral("email_template_id"), id}}), read},
        {QStringLiteral("templates.email.create"), emptyPost(Endpoint::TemplatesEmailCreate), emptyBody},
        {QStringLiteral("templates.email.update"), emptyPost(Endpoint::TemplatesEmailUpdate), emptyBody},
        {QStringLiteral("catalogs.get"), get(Endpoint::CatalogsList, {}), read},
        {QStringLiteral("catalogs.create"), emptyPost(Endpoint::CatalogsCreate), emptyBody},
        {QStringLiteral("catalogs.delete"), missingCatalog(Endpoint::CatalogsDelete, id), noCatalog},
        {QStringLiteral("catalogs.get_items"), missingCatalog(Endpoint::CatalogItemsList, id), noCatalog},
        {QStringLiteral("catalogs.get_item"), missingCatalog(Endpoint::CatalogItemGet, id), noCatalog},
        {QStringLiteral("catalogs.create_item"), missingCatalog(Endpoint::CatalogItemCreate, id, itemBody), noCatalog},
        {QStringLiteral("catalogs.update_item"), missingCatalog(Endpoint::CatalogItemUpdate, id, itemBody), noCatalog},
        {QStringLiteral("catalogs.replace_item"), missingCatalog(Endpoint::CatalogItemReplace, id, itemBody), noCatalog},
        {QStringLiteral("catalogs.delete_item"), missingCatalog(Endpoint::CatalogItemDelete, id), noCatalog},
    };
    return calls;
}

PermissionProbe::PermissionProbe(BrazeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new PermissionTableModel(this))
{
}

PermissionState PermissionProbe::verdictFor(const ApiResult &result)
{
    if (result.httpStatus == 403)
        return PermissionState::Missing;
    if ((result.httpStatus >= 200 && result.httpStatus < 300) || result.httpStatus == 400)
        return PermissionState::Granted;
    // A catalog call answered "catalog-not-found" got past the permission check; a plain 404
    // (wrong path) says nothing.
    if (result.httpStatus == 404 && result.json.object().value(QLatin1String("errors")).isArray())
        return PermissionState::Granted;
    return PermissionState::Unknown;
}

void PermissionProbe::start()
{
    if (isRunning() || !m_client)
        return;
    const QList<ProbeCall> calls = probeCalls();
    m_total = int(calls.size());
    m_pending = m_total;
    for (const ProbeCall &call : calls) {
        if (call.request.request.path.isEmpty()) {
            m_model->setResult(call.permission, PermissionState::Unknown, call.why, QDateTime::currentDateTimeUtc());
            --m_pending;
            continue;
        }
        PreparedRequest request = call.request;
        request.request.origin.kind = RequestOrigin::Kind::PermissionCheck;
        RequestHandle *handle = m_client->send(request);
        const QString permission = call.permission;
        const QString why = call.why;
        connect(handle, &RequestHandle::finished, this, [this, permission, why](const ApiResult &result) {
            const PermissionState state = verdictFor(result);
            QString detail = why;
            if (state == PermissionState::Missing)
                detail = result.error.hint;
            else if (state == PermissionState::Unknown)
                detail = tr("Could not tell: %1").arg(result.error.isError() ? result.error.message : tr("unexpected answer %1").arg(result.httpStatus));
            m_model->setResult(permission, state, detail, QDateTime::currentDateTimeUtc());
            onAnswered();
        });
    }
    emit progressed(m_total - m_pending, m_total);
    if (m_pending == 0)
        emit finished();
}

void PermissionProbe::onAnswered()
{
    --m_pending;
    emit progressed(m_total - m_pending, m_total);
    if (m_pending == 0) {
        m_model->setLastCheck(QDateTime::currentDateTimeUtc());
        emit finished();
    }
}

} // namespace Braze
