#pragma once

#include "braze/apirequest.h"
#include "braze/useridentifier.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

// Typed bodies of the messaging endpoints (braze-api.md §11.14-§11.19). Messaging objects
// (email, webhook, ...) are passed as JSON objects built by the caller with QJsonObject.
namespace Braze {

struct SendIdCreateRequest
{
    QString campaignId;
    QString sendId; // optional; ASCII, at most 64 characters
};

struct Schedule
{
    QString time; // ISO 8601; UTC with zone, or without zone for local/optimal time
    bool inLocalTime = false;
    bool atOptimalTime = false;
};

// Who receives a scheduled or immediate message: users (external ids or aliases, at most 50),
// a segment, or the campaign's whole segment with broadcast.
struct MessageAudience
{
    QList<UserIdentifier> users;
    QString segmentId;
    bool broadcast = false;
};

struct ScheduleCreateRequest
{
    MessageAudience audience;
    QString campaignId;
    QString sendId;
    Schedule schedule;
    QJsonObject messages;
    QString recipientSubscriptionState; // opted_in, subscribed or all; empty = Braze's default
    bool overrideMessagingLimits = false;
};

struct ScheduleUpdateRequest
{
    QString scheduleId;
    std::optional<Schedule> schedule;
    QJsonObject messages;
};

struct ScheduleDeleteRequest
{
    QString scheduleId;
};

struct TriggerRecipient
{
    UserIdentifier user; // external id, alias, braze_id or e-mail
    // Required with an e-mail address (braze-api-more.md §1.1): ordered identified |
    // unidentified (at most one of them), most_recently_updated, least_recently_updated.
    QStringList prioritization;
    QJsonObject triggerProperties;   // "context" for Canvases
    std::optional<bool> sendToExistingOnly;
    QJsonObject attributes;
};

struct TriggerSendRequest
{
    QString campaignId;
    QString sendId;
    QJsonObject triggerProperties;
    bool broadcast = false;
    QList<TriggerRecipient> recipients;
};

// POST /canvas/trigger/send: an API-triggered Canvas for recipients or its whole audience.
struct CanvasTriggerRequest
{
    QString canvasId;
    QJsonObject context;            // all recipients' Canvas entry properties, at most 50 KB
    bool broadcast = false;
    QList<TriggerRecipient> recipients;
};

// POST /campaigns|canvas/trigger/schedule/create|update|delete (braze-api-more.md §2.2-§2.7).
struct TriggerScheduleRequest
{
    enum class Target { Campaign, Canvas };
    enum class Action { Create, Update, Delete };
    Target target = Target::Campaign;
    Action action = Action::Create;
    QString id;                     // campaign_id or canvas_id
    QString scheduleId;             // update and delete
    Schedule schedule;              // create and update: replaces the old schedule completely
    bool broadcast = false;
    QList<TriggerRecipient> recipients;
    QJsonObject properties;         // trigger_properties (campaign) or context (Canvas)
};

struct MessagesSendRequest
{
    MessageAudience audience;
    QString campaignId;
    QString sendId;
    QJsonObject messages;
    QString recipientSubscriptionState;
    bool overrideFrequencyCapping = false;
};

PreparedRequest prepare(const SendIdCreateRequest &request);
PreparedRequest prepare(const ScheduleCreateRequest &request);
PreparedRequest prepare(const ScheduleUpdateRequest &request);
PreparedRequest prepare(const ScheduleDeleteRequest &request);
PreparedRequest prepare(const TriggerSendRequest &request);
PreparedRequest prepare(const MessagesSendRequest &request);
PreparedRequest prepare(const CanvasTriggerRequest &request);
PreparedRequest prepare(const TriggerScheduleRequest &request);

} // namespace Braze
