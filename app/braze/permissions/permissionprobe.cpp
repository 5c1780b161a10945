#include "permissions/permissionprobe.h"

#include "apiresult.h"
#include "brazeclient.h"
#include "requests/requestbuilding.h"

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
// * sends.id.create has no such call: it is limited to 100 calls a day per workspace, and a
//   probe would use up part of that quota, so it stays "unknown".
QList<PermissionProbe::ProbeCall> PermissionProbe::probeCalls()
{
    const QString id = probeId();
    const QString emptyBody = tr("Checked with an empty request that Braze refuses before changing anything.");
    const QString read = tr("Checked with a read-only call.");
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
        RequestHandle *handle = m_client->send(call.request);
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
