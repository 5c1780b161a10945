#pragma once

#include "sandbox/sandboxstate.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sandbox {

// Checks shared by /messages/send, /messages/schedule/* and /campaigns/trigger/send, with the
// error names of braze-api.md §4 ("No message to send", "Invalid Message Variant", ...).
namespace MessagingValidation {

constexpr int MaxRecipients = 50;

// Validates the `messages` object. On success fills `variations` (variation id or channel ->
// channel) and returns an empty string.
QString checkMessages(const QJsonValue &messages, const ApiCampaign *campaign, QJsonObject *variations);

struct Audience
{
    bool broadcast = false;
    QStringList externalUserIds;
    int aliasCount = 0;
    QString segmentId;
    bool hasAudienceFilter = false;
};

// Validates broadcast / external_user_ids / user_aliases / segment_id / audience of the
// messaging endpoints; fills `audience`.
QString checkAudience(const QJsonObject &body, const SandboxState &state, Audience *audience);

// How many profiles the audience reaches (existing users, or the segment's size).
int recipientCount(const Audience &audience, SandboxState &state);

// A campaign_id, if given, must name an API campaign.
QString checkCampaign(const QJsonObject &body, const SandboxState &state, const ApiCampaign **campaign);

} // namespace MessagingValidation

} // namespace Sandbox
