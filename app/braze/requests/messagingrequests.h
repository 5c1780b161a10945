#pragma once

#include "apirequest.h"
#include "useridentifier.h"

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
    UserIdentifier user; // external id, alias or e-mail
    QJsonObject triggerProperties;
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

} // namespace Braze
