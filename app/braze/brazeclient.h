#pragma once

#include "braze/apirequest.h"
#include "braze/clientconfig.h"
#include "braze/log/requestlogentry.h"
#include "braze/requesthandle.h"
#include "braze/requests/messagingrequests.h"
#include "braze/requests/reportrequests.h"
#include "braze/requests/subscriptionrequests.h"
#include "braze/requests/userrequests.h"

#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

class QThread;

namespace Braze {

class NetworkWorker;
class RequestLogModel;

// The Braze REST API of one workspace. The caller (the lead's workspace wiring, the CLI)
// configures it with a base URL, the API key and a label for the log; it knows nothing of how
// workspaces are stored. Each client owns a worker thread with its own network manager, so the
// GUI thread never waits on the network. Every call validates first: an invalid request is never
// sent and its handle fails with ApiError::Kind::Validation and the list of issues.
class BrazeClient : public QObject
{
    Q_OBJECT

public:
    explicit BrazeClient(const ClientConfig &config, QObject *parent = nullptr);
    ~BrazeClient() override;

    QString workspaceLabel() const { return m_workspaceLabel; }
    QUrl baseUrl() const { return m_baseUrl; }

    // Every exchange is also appended to this model (may be shared by several clients).
    void setRequestLog(RequestLogModel *log);

    // One typed call per endpoint of braze-api.md §11.
    RequestHandle *track(const TrackRequest &request) { return send(prepare(request)); }
    RequestHandle *exportIds(const ExportIdsRequest &request) { return send(prepare(request)); }
    RequestHandle *newAliases(const AliasNewRequest &request) { return send(prepare(request)); }
    RequestHandle *identify(const IdentifyRequest &request) { return send(prepare(request)); }
    RequestHandle *deleteUsers(const DeleteRequest &request) { return send(prepare(request)); }
    RequestHandle *subscriptionStatus(const SubscriptionStatusQuery &query) { return send(prepare(query)); }
    RequestHandle *userSubscriptions(const UserSubscriptionsQuery &query) { return send(prepare(query)); }
    RequestHandle *setSubscription(const SubscriptionChange &change) { return send(prepare(change)); }
    RequestHandle *setSubscriptionsV2(const SubscriptionChangesV2 &changes) { return send(prepare(changes)); }
    RequestHandle *listSegments(const SegmentListQuery &query) { return send(prepare(query)); }
    RequestHandle *segmentDetails(const SegmentDetailsQuery &query) { return send(prepare(query)); }
    RequestHandle *segmentDataSeries(const SegmentDataSeriesQuery &query) { return send(prepare(query)); }
    RequestHandle *sendDataSeries(const SendDataSeriesQuery &query) { return send(prepare(query)); }
    RequestHandle *createSendId(const SendIdCreateRequest &request) { return send(prepare(request)); }
    RequestHandle *scheduleMessage(const ScheduleCreateRequest &request) { return send(prepare(request)); }
    RequestHandle *updateSchedule(const ScheduleUpdateRequest &request) { return send(prepare(request)); }
    RequestHandle *deleteSchedule(const ScheduleDeleteRequest &request) { return send(prepare(request)); }
    RequestHandle *triggerCampaign(const TriggerSendRequest &request) { return send(prepare(request)); }
    RequestHandle *sendMessages(const MessagesSendRequest &request) { return send(prepare(request)); }

    // Any call below the base URL ("/users/track", "/segments/list?page=1") with an optional JSON
    // body, through the same pacing, retries and log. Known paths are paced and explained like
    // their typed twins.
    RequestHandle *rawCall(const QByteArray &method, const QString &pathAndQuery, const QByteArray &jsonBody = {},
                           const RequestOrigin &origin = {});
    // A call to any http(s) URL, e.g. a webhook test to a partner. It carries no Braze key; the
    // caller's headers marked secret are redacted in the log. The answer need not be JSON.
    RequestHandle *externalCall(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                const QList<RequestHeader> &headers, const RequestOrigin &origin = {});

    // Sends an already prepared request (or fails it if it has issues).
    RequestHandle *send(const PreparedRequest &prepared);

    // The checks rawCall() and externalCall() apply, for callers that want to show them early.
    static ValidationIssues rawCallProblems(const QByteArray &method, const QString &pathAndQuery, const QByteArray &jsonBody);
    static ValidationIssues externalCallProblems(const QByteArray &method, const QUrl &url);

signals:
    void exchangeRecorded(const Braze::RequestLogEntry &entry);

private:
    RequestHandle *failValidation(Endpoint endpoint, const ValidationIssues &issues);
    RequestHandle *handleFor(quint64 callId) const;

    QString m_workspaceLabel;
    QUrl m_baseUrl;
    QThread *m_thread;
    NetworkWorker *m_worker;
    QPointer<RequestLogModel> m_log;
    QHash<quint64, QPointer<RequestHandle>> m_handles;
};

} // namespace Braze
