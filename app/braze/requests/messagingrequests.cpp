#include "braze/requests/messagingrequests.h"

#include "braze/requests/requestbuilding.h"
#include "braze/validation/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Braze {

using namespace RequestBuilding;

namespace {

// Writes the audience fields shared by schedule/create and messages/send.
void addAudience(QJsonObject &body, ValidationIssues &issues, Endpoint endpoint, const MessageAudience &audience)
{
    QStringList externalIds;
    QJsonArray aliases;
    checkCount(issues, endpoint, QStringLiteral("external_user_ids"), audience.users.size());
    for (qsizetype i = 0; i < audience.users.size(); ++i) {
        const UserIdentifier &user = audience.users.at(i);
        const QString field = QStringLiteral("users[%1]").arg(i);
        checkIdentifier(issues, field, user);
        if (user.kind() == UserIdentifier::Kind::ExternalId)
            externalIds.append(user.value());
        else if (user.kind() == UserIdentifier::Kind::Alias)
            aliases.append(user.aliasObject());
        else
            issues.append({field, QCoreApplication::translate("Validation", "Messages go to external IDs or aliases only.")});
    }
    if (!externalIds.isEmpty())
        body.insert(QStringLiteral("external_user_ids"), toJsonArray(externalIds));
    if (!aliases.isEmpty())
        body.insert(QStringLiteral("user_aliases"), aliases);
    if (!audience.segmentId.isEmpty())
        body.insert(QStringLiteral("segment_id"), audience.segmentId);
    if (audience.broadcast)
        body.insert(QStringLiteral("broadcast"), true);
    if (audience.broadcast && !audience.users.isEmpty())
        issues.append({QStringLiteral("broadcast"), QCoreApplication::translate("Validation", "A broadcast goes to a whole segment; remove the individual users or turn broadcast off.")});
    if (audience.users.isEmpty() && audience.segmentId.isEmpty() && !audience.broadcast)
        issues.append({QStringLiteral("audience"), QCoreApplication::translate("Validation", "No recipients: name users, a segment, or send as a broadcast.")});
}

void addCommonSendFields(QJsonObject &body, ValidationIssues &issues, const QString &campaignId, const QString &sendId,
                         const QString &subscriptionState)
{
    if (!campaignId.isEmpty())
        body.insert(QStringLiteral("campaign_id"), campaignId);
    if (!sendId.isEmpty()) {
        checkSendId(issues, QStringLiteral("send_id"), sendId);
        body.insert(QStringLiteral("send_id"), sendId);
    }
    if (!subscriptionState.isEmpty()) {
        static const QStringList states{QStringLiteral("opted_in"), QStringLiteral("subscribed"), QStringLiteral("all")};
        if (!states.contains(subscriptionState))
            issues.append({QStringLiteral("recipient_subscription_state"), QCoreApplication::translate("Validation", "The subscription state must be opted_in, subscribed or all.")});
        body.insert(QStringLiteral("recipient_subscription_state"), subscriptionState);
    }
}

QJsonObject scheduleObject(ValidationIssues &issues, const Schedule &schedule)
{
    const bool local = schedule.inLocalTime || schedule.atOptimalTime;
    const auto rule = local ? Validation::TimeZoneRule::Forbidden : Validation::TimeZoneRule::Required;
    if (const QString problem = Validation::isoTimeProblem(schedule.time, rule); !problem.isEmpty())
        issues.append({QStringLiteral("schedule.time"), problem});
    QJsonObject object{{QStringLiteral("time"), schedule.time}};
    if (schedule.inLocalTime)
        object.insert(QStringLiteral("in_local_time"), true);
    if (schedule.atOptimalTime)
        object.insert(QStringLiteral("at_optimal_time"), true);
    return object;
}

} // namespace

PreparedRequest prepare(const SendIdCreateRequest &request)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("campaign_id"), request.campaignId);
    QJsonObject body{{QStringLiteral("campaign_id"), request.campaignId}};
    if (!request.sendId.isEmpty()) {
        checkSendId(issues, QStringLiteral("send_id"), request.sendId);
        body.insert(QStringLiteral("send_id"), request.sendId);
    }
    return jsonRequest(Endpoint::SendsIdCreate, body, issues);
}

PreparedRequest prepare(const ScheduleCreateRequest &request)
{
    ValidationIssues issues;
    QJsonObject body;
    addAudience(body, issues, Endpoint::MessagesScheduleCreate, request.audience);
    addCommonSendFields(body, issues, request.campaignId, request.sendId, request.recipientSubscriptionState);
    body.insert(QStringLiteral("schedule"), scheduleObject(issues, request.schedule));
    if (!request.messages.isEmpty())
        body.insert(QStringLiteral("messages"), request.messages);
    if (request.overrideMessagingLimits)
        body.insert(QStringLiteral("override_messaging_limits"), true);
    return jsonRequest(Endpoint::MessagesScheduleCreate, body, issues);
}

PreparedRequest prepare(const ScheduleUpdateRequest &request)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("schedule_id"), request.scheduleId);
    QJsonObject body{{QStringLiteral("schedule_id"), request.scheduleId}};
    if (request.schedule)
        body.insert(QStringLiteral("schedule"), scheduleObject(issues, *request.schedule));
    if (!request.messages.isEmpty())
        body.insert(QStringLiteral("messages"), request.messages);
    if (!request.schedule && request.messages.isEmpty())
        issues.append({QStringLiteral("schedule"), QCoreApplication::translate("Validation", "Nothing to update: change the schedule, the messages or both.")});
    return jsonRequest(Endpoint::MessagesScheduleUpdate, body, issues);
}

PreparedRequest prepare(const ScheduleDeleteRequest &request)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("schedule_id"), request.scheduleId);
    return jsonRequest(Endpoint::MessagesScheduleDelete, {{QStringLiteral("schedule_id"), request.scheduleId}}, issues);
}

namespace {

// The recipients object of braze-api-more.md §1.1: one identifier each, prioritization with an
// e-mail address, properties under `propertiesKey`.
void addRecipients(QJsonObject &body, ValidationIssues &issues, Endpoint endpoint, const QList<TriggerRecipient> &list,
                   const QString &propertiesKey)
{
    checkCount(issues, endpoint, QStringLiteral("recipients"), list.size());
    QJsonArray recipients;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const TriggerRecipient &recipient = list.at(i);
        const QString field = QStringLiteral("recipients[%1]").arg(i);
        checkIdentifier(issues, field, recipient.user);
        QJsonObject object;
        switch (recipient.user.kind()) {
        case UserIdentifier::Kind::ExternalId: object.insert(QStringLiteral("external_user_id"), recipient.user.value()); break;
        case UserIdentifier::Kind::Alias: object.insert(QStringLiteral("user_alias"), recipient.user.aliasObject()); break;
        case UserIdentifier::Kind::BrazeId: object.insert(QStringLiteral("braze_id"), recipient.user.value()); break;
        case UserIdentifier::Kind::Email: object.insert(QStringLiteral("email"), recipient.user.value()); break;
        default:
            issues.append({field, QCoreApplication::translate("Validation", "A recipient is an external ID, an alias, a Braze ID or an e-mail address.")});
        }
        if (recipient.user.kind() == UserIdentifier::Kind::Email) {
            if (const QString problem = prioritizationProblem(recipient.prioritization); !problem.isEmpty())
                issues.append({field + QStringLiteral(".prioritization"), problem});
            object.insert(QStringLiteral("prioritization"), QJsonArray::fromStringList(recipient.prioritization));
        }
        if (!recipient.triggerProperties.isEmpty())
            object.insert(propertiesKey, recipient.triggerProperties);
        if (recipient.sendToExistingOnly) {
            if (!*recipient.sendToExistingOnly && recipient.attributes.isEmpty())
                issues.append({field, QCoreApplication::translate("Validation", "To send to a user who may not exist yet, also give attributes to create the profile with.")});
            object.insert(QStringLiteral("send_to_existing_only"), *recipient.sendToExistingOnly);
        }
        if (!recipient.attributes.isEmpty())
            object.insert(QStringLiteral("attributes"), recipient.attributes);
        recipients.append(object);
    }
    if (!recipients.isEmpty())
        body.insert(QStringLiteral("recipients"), recipients);
}

} // namespace

PreparedRequest prepare(const TriggerSendRequest &request)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("campaign_id"), request.campaignId);
    QJsonObject body{{QStringLiteral("campaign_id"), request.campaignId}};
    addCommonSendFields(body, issues, {}, request.sendId, {});
    if (!request.triggerProperties.isEmpty())
        body.insert(QStringLiteral("trigger_properties"), request.triggerProperties);
    if (request.broadcast)
        body.insert(QStringLiteral("broadcast"), true);
    if (request.broadcast && !request.recipients.isEmpty())
        issues.append({QStringLiteral("broadcast"), QCoreApplication::translate("Validation", "A broadcast goes to the campaign's whole segment; remove the recipients or turn broadcast off.")});
    addRecipients(body, issues, Endpoint::CampaignsTriggerSend, request.recipients, QStringLiteral("trigger_properties"));
    return jsonRequest(Endpoint::CampaignsTriggerSend, body, issues);
}

PreparedRequest prepare(const CanvasTriggerRequest &request)
{
    ValidationIssues issues;
    requireText(issues, QStringLiteral("canvas_id"), request.canvasId);
    QJsonObject body{{QStringLiteral("canvas_id"), request.canvasId}};
    if (!request.context.isEmpty())
        body.insert(QStringLiteral("context"), request.context);
    if (QJsonDocument(request.context).toJson(QJsonDocument::Compact).size() > 50 * 1024)
        issues.append({QStringLiteral("context"), QCoreApplication::translate("Validation", "The Canvas entry properties must be smaller than 50 KB.")});
    if (request.broadcast)
        body.insert(QStringLiteral("broadcast"), true);
    if (request.broadcast == !request.recipients.isEmpty())
        issues.append({QStringLiteral("recipients"), QCoreApplication::translate("Validation", "Either list recipients or turn on broadcast to enter the Canvas's whole audience, not both.")});
    addRecipients(body, issues, Endpoint::CanvasTriggerSend, request.recipients, QStringLiteral("context"));
    return jsonRequest(Endpoint::CanvasTriggerSend, body, issues);
}

PreparedRequest prepare(const TriggerScheduleRequest &request)
{
    using Target = TriggerScheduleRequest::Target;
    using Action = TriggerScheduleRequest::Action;
    const bool campaign = request.target == Target::Campaign;
    static const Endpoint endpoints[2][3] = {
        {Endpoint::CampaignsTriggerScheduleCreate, Endpoint::CampaignsTriggerScheduleUpdate, Endpoint::CampaignsTriggerScheduleDelete},
        {Endpoint::CanvasTriggerScheduleCreate, Endpoint::CanvasTriggerScheduleUpdate, Endpoint::CanvasTriggerScheduleDelete}};
    const Endpoint endpoint = endpoints[campaign ? 0 : 1][int(request.action)];
    const QString idKey = campaign ? QStringLiteral("campaign_id") : QStringLiteral("canvas_id");
    ValidationIssues issues;
    requireText(issues, idKey, request.id);
    QJsonObject body{{idKey, request.id}};
    if (request.action != Action::Create) {
        requireText(issues, QStringLiteral("schedule_id"), request.scheduleId);
        body.insert(QStringLiteral("schedule_id"), request.scheduleId);
    }
    if (request.action != Action::Delete)
        body.insert(QStringLiteral("schedule"), scheduleObject(issues, request.schedule));
    if (request.action == Action::Create) {
        if (request.broadcast)
            body.insert(QStringLiteral("broadcast"), true);
        if (request.broadcast == !request.recipients.isEmpty())
            issues.append({QStringLiteral("recipients"), QCoreApplication::translate("Validation", "Either list recipients or turn on broadcast, not both.")});
        const QString propertiesKey = campaign ? QStringLiteral("trigger_properties") : QStringLiteral("context");
        if (!request.properties.isEmpty())
            body.insert(propertiesKey, request.properties);
        addRecipients(body, issues, endpoint, request.recipients, propertiesKey);
    }
    return jsonRequest(endpoint, body, issues);
}

PreparedRequest prepare(const MessagesSendRequest &request)
{
    ValidationIssues issues;
    QJsonObject body;
    addAudience(body, issues, Endpoint::MessagesSend, request.audience);
    addCommonSendFields(body, issues, request.campaignId, request.sendId, request.recipientSubscriptionState);
    if (request.messages.isEmpty())
        issues.append({QStringLiteral("messages"), QCoreApplication::translate("Validation", "No message to send: add at least one messaging object (email, webhook, ...).")});
    else
        body.insert(QStringLiteral("messages"), request.messages);
    if (request.overrideFrequencyCapping)
        body.insert(QStringLiteral("override_frequency_capping"), true);
    return jsonRequest(Endpoint::MessagesSend, body, issues);
}

} // namespace Braze
