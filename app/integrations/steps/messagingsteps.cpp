// The messaging step types: schedule-create, schedule-update, schedule-delete, send-id-create,
// trigger-campaign, trigger-canvas.
#include "integrations/steps/apicallstep.h"
#include "integrations/stepargs.h"
#include "integrations/stepregistry.h"

#include "braze/requests/messagingrequests.h"

#include <QCoreApplication>

namespace Integrations {

class MessagingSteps
{
    Q_DECLARE_TR_FUNCTIONS(MessagingSteps)

public:
    static QString field(const Braze::ApiResult &result, const char *name)
    {
        return result.json.object().value(QLatin1String(name)).toString();
    }
};

void registerMessagingSteps(StepRegistry &registry)
{
    registry.add(QStringLiteral("schedule-create"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *problem) {
            Braze::ScheduleCreateRequest request;
            const QString externalId = StepArgs::text(args, QStringLiteral("external_id"));
            if (!externalId.isEmpty())
                request.audience.users = {Braze::UserIdentifier::externalId(externalId)};
            request.audience.segmentId = StepArgs::text(args, QStringLiteral("segment_id"));
            if (externalId.isEmpty() && request.audience.segmentId.isEmpty())
                *problem = MessagingSteps::tr("Give a test user or a segment to send to.");
            request.campaignId = StepArgs::text(args, QStringLiteral("campaign_id"));
            request.schedule.time = StepArgs::text(args, QStringLiteral("time"));
            request.messages = {{QStringLiteral("email"), args.value(QLatin1String("email")).toObject()}};
            return Braze::prepare(request);
        }, [](const Braze::ApiResult &result, const QJsonObject &args) {
            const QString id = MessagingSteps::field(result, "schedule_id");
            return StepResult::passed(QStringLiteral("scheduled"), MessagingSteps::tr("Scheduled for %1 (schedule_id %2).").arg(StepArgs::text(args, QStringLiteral("time")), id),
                                      {{QStringLiteral("schedule_id"), id}, {QStringLiteral("dispatch_id"), MessagingSteps::field(result, "dispatch_id")}});
        }, parent);
    });
    registry.add(QStringLiteral("schedule-update"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *) {
            Braze::ScheduleUpdateRequest request;
            request.scheduleId = StepArgs::text(args, QStringLiteral("schedule_id"));
            request.schedule = Braze::Schedule{StepArgs::text(args, QStringLiteral("time")), false, false};
            return Braze::prepare(request);
        }, [](const Braze::ApiResult &, const QJsonObject &args) {
            return StepResult::passed(QStringLiteral("updated"), MessagingSteps::tr("Moved to %1.").arg(StepArgs::text(args, QStringLiteral("time"))));
        }, parent);
    });
    registry.add(QStringLiteral("schedule-delete"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *) {
            return Braze::prepare(Braze::ScheduleDeleteRequest{StepArgs::text(args, QStringLiteral("schedule_id"))});
        }, [](const Braze::ApiResult &, const QJsonObject &) {
            return StepResult::passed(QStringLiteral("deleted"), MessagingSteps::tr("The scheduled message is cancelled."));
        }, parent);
    });
    registry.add(QStringLiteral("send-id-create"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *) {
            return Braze::prepare(Braze::SendIdCreateRequest{StepArgs::text(args, QStringLiteral("campaign_id")), StepArgs::text(args, QStringLiteral("send_id"))});
        }, [](const Braze::ApiResult &result, const QJsonObject &args) {
            QString id = MessagingSteps::field(result, "send_id");
            if (id.isEmpty())
                id = StepArgs::text(args, QStringLiteral("send_id"));
            return StepResult::passed(QStringLiteral("created"), MessagingSteps::tr("Send ID %1 created.").arg(id), {{QStringLiteral("send_id"), id}});
        }, parent);
    });
    registry.add(QStringLiteral("trigger-campaign"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *problem) {
            Braze::TriggerSendRequest request;
            request.campaignId = StepArgs::text(args, QStringLiteral("campaign_id"));
            Braze::TriggerRecipient recipient;
            recipient.user = StepArgs::user(args, problem);
            request.recipients = {recipient};
            request.triggerProperties = args.value(QLatin1String("trigger_properties")).toObject();
            return Braze::prepare(request);
        }, [](const Braze::ApiResult &result, const QJsonObject &) {
            const QString id = MessagingSteps::field(result, "dispatch_id");
            return StepResult::passed(QStringLiteral("triggered"), MessagingSteps::tr("Campaign triggered (dispatch_id %1).").arg(id), {{QStringLiteral("dispatch_id"), id}});
        }, parent);
    });
    registry.add(QStringLiteral("trigger-canvas"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *problem) {
            Braze::CanvasTriggerRequest request;
            request.canvasId = StepArgs::text(args, QStringLiteral("canvas_id"));
            Braze::TriggerRecipient recipient;
            recipient.user = StepArgs::user(args, problem);
            request.recipients = {recipient};
            request.context = args.value(QLatin1String("context")).toObject();
            return Braze::prepare(request);
        }, [](const Braze::ApiResult &result, const QJsonObject &) {
            const QString id = MessagingSteps::field(result, "dispatch_id");
            // A paused or archived Canvas accepts the trigger, but nobody enters it.
            const QString notice = MessagingSteps::field(result, "notice");
            if (!notice.isEmpty())
                return StepResult::failed(MessagingSteps::tr("Braze accepted the trigger, but nobody enters the Canvas: %1").arg(notice),
                                          MessagingSteps::tr("Launch or resume the Canvas in Braze, then run the workflow again."));
            return StepResult::passed(QStringLiteral("triggered"), MessagingSteps::tr("Canvas triggered (dispatch_id %1).").arg(id), {{QStringLiteral("dispatch_id"), id}});
        }, parent);
    });
}

} // namespace Integrations
