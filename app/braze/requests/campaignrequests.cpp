#include "braze/requests/campaignrequests.h"

#include "braze/requests/requestbuilding.h"
#include "braze/validation/isotime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Braze {

using namespace RequestBuilding;

PreparedRequest prepare(const CampaignListQuery &query)
{
    const bool campaigns = query.kind == CampaignListQuery::Kind::Campaigns;
    ValidationIssues issues;
    if (query.page < 0)
        issues.append({QStringLiteral("page"), QCoreApplication::translate("Validation", "The page number cannot be negative.")});
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    urlQuery.addQueryItem(QStringLiteral("include_archived"), query.includeArchived ? QStringLiteral("true") : QStringLiteral("false"));
    urlQuery.addQueryItem(QStringLiteral("sort_direction"), query.newestFirst ? QStringLiteral("desc") : QStringLiteral("asc"));
    if (!query.editedAfter.isEmpty()) {
        if (const QString problem = Validation::isoTimeProblem(query.editedAfter); !problem.isEmpty())
            issues.append({QStringLiteral("last_edit.time[gt]"), problem});
        addQueryText(urlQuery, QStringLiteral("last_edit.time[gt]"), query.editedAfter);
    }
    return queryRequest(campaigns ? Endpoint::CampaignsList : Endpoint::CanvasList, urlQuery, issues);
}

PreparedRequest prepare(const CampaignDetailsQuery &query)
{
    const bool campaigns = query.kind == CampaignListQuery::Kind::Campaigns;
    const QString key = campaigns ? QStringLiteral("campaign_id") : QStringLiteral("canvas_id");
    ValidationIssues issues;
    requireText(issues, key, query.id);
    QUrlQuery urlQuery;
    addQueryText(urlQuery, key, query.id);
    if (query.postLaunchDraftVersion)
        urlQuery.addQueryItem(QStringLiteral("post_launch_draft_version"), QStringLiteral("true"));
    return queryRequest(campaigns ? Endpoint::CampaignsDetails : Endpoint::CanvasDetails, urlQuery, issues);
}

PreparedRequest prepare(const ScheduledBroadcastsQuery &query)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("end_time"), query.endTime);
    if (const QString problem = Validation::isoTimeProblem(query.endTime); !query.endTime.isEmpty() && !problem.isEmpty())
        issues.append({QStringLiteral("end_time"), problem});
    QUrlQuery urlQuery;
    addQueryText(urlQuery, QStringLiteral("end_time"), query.endTime);
    return queryRequest(Endpoint::MessagesScheduledBroadcasts, urlQuery, issues);
}

PreparedRequest prepare(const TransactionalSendRequest &request)
{
    static const QRegularExpression sendIdPattern(QStringLiteral("^[a-zA-Z0-9-_+/=]+$"));
    ValidationIssues issues;
    requireText(issues, QStringLiteral("campaign_id"), request.campaignId);
    QJsonObject body;
    if (!request.externalSendId.isEmpty()) {
        if (!sendIdPattern.match(request.externalSendId).hasMatch())
            issues.append({QStringLiteral("external_send_id"), QCoreApplication::translate("Validation", "The external send ID may contain only letters, digits and - _ + / =.")});
        body.insert(QStringLiteral("external_send_id"), request.externalSendId);
    }
    if (!request.triggerProperties.isEmpty())
        body.insert(QStringLiteral("trigger_properties"), request.triggerProperties);
    checkIdentifier(issues, QStringLiteral("recipient"), request.recipient);
    QJsonObject recipient;
    if (request.recipient.kind() == UserIdentifier::Kind::ExternalId)
        recipient.insert(QStringLiteral("external_user_id"), request.recipient.value());
    else if (request.recipient.kind() == UserIdentifier::Kind::Alias)
        recipient.insert(QStringLiteral("user_alias"), request.recipient.aliasObject());
    else
        issues.append({QStringLiteral("recipient"), QCoreApplication::translate("Validation", "A transactional e-mail goes to an external ID or an alias.")});
    if (!request.attributes.isEmpty())
        recipient.insert(QStringLiteral("attributes"), request.attributes);
    body.insert(QStringLiteral("recipient"), recipient);
    PreparedRequest prepared = jsonRequest(Endpoint::TransactionalSend, body, issues);
    fillPath(prepared, {{QStringLiteral("campaign_id"), request.campaignId}});
    return prepared;
}

} // namespace Braze
