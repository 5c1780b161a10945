#pragma once

#include "braze/apirequest.h"
#include "braze/useridentifier.h"

#include <QJsonObject>

// Typed calls that read campaigns and Canvases (braze-api-more.md §2.8, §3) and send a
// transactional e-mail (§2.9).
namespace Braze {

// GET /campaigns/list or /canvas/list: pages of 100 by creation time.
struct CampaignListQuery
{
    enum class Kind { Campaigns, Canvases };
    Kind kind = Kind::Campaigns;
    int page = 0;
    bool includeArchived = false;
    bool newestFirst = false;
    QString editedAfter;    // optional, "last_edit.time[gt]"
};

// GET /campaigns/details or /canvas/details.
struct CampaignDetailsQuery
{
    CampaignListQuery::Kind kind = CampaignListQuery::Kind::Campaigns;
    QString id;
    bool postLaunchDraftVersion = false;
};

// GET /messages/scheduled_broadcasts: what is scheduled from now until endTime.
struct ScheduledBroadcastsQuery
{
    QString endTime;        // ISO 8601, required
};

// POST /transactional/v1/campaigns/{campaign_id}/send: one e-mail to one user.
struct TransactionalSendRequest
{
    QString campaignId;
    QString externalSendId; // optional: Base64 characters; Braze sends the same id only once per 24 h
    QJsonObject triggerProperties;
    UserIdentifier recipient;   // external id or alias
    QJsonObject attributes;     // creates an unknown external id's profile before sending
};

PreparedRequest prepare(const CampaignListQuery &query);
PreparedRequest prepare(const CampaignDetailsQuery &query);
PreparedRequest prepare(const ScheduledBroadcastsQuery &query);
PreparedRequest prepare(const TransactionalSendRequest &request);

} // namespace Braze
