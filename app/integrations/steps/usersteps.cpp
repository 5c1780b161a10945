// The user-data step types: export-user, create-alias-profile, track-attributes, track-event.
#include "integrations/steps/apicallstep.h"
#include "integrations/placeholders.h"
#include "integrations/stepargs.h"
#include "integrations/stepregistry.h"

#include "braze/requests/userrequests.h"
#include "braze/validation/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Integrations {

class UserSteps
{
    Q_DECLARE_TR_FUNCTIONS(UserSteps)

public:
    // users/track answers 201 "success" even when single objects were refused: those are errors.
    static StepResult trackResult(const Braze::ApiResult &result, const QString &outcome, const QString &summary)
    {
        const QJsonArray errors = result.json.object().value(QLatin1String("errors")).toArray();
        if (!errors.isEmpty()) {
            return StepResult::failed(tr("Braze refused part of the data: %1")
                                          .arg(errors.first().toObject().value(QLatin1String("type")).toString()),
                                      tr("Correct the value Braze names and run the workflow again."));
        }
        return StepResult::passed(outcome, summary, result.json.object());
    }

    static StepResult exportResult(const Braze::ApiResult &result, const QJsonObject &args)
    {
        const QJsonArray users = result.json.object().value(QLatin1String("users")).toArray();
        const QJsonObject user = users.isEmpty() ? QJsonObject() : users.first().toObject();
        QJsonObject out{{QStringLiteral("found"), !users.isEmpty()}, {QStringLiteral("count"), users.size()},
                        {QStringLiteral("user"), user},
                        {QStringLiteral("braze_id"), user.value(QLatin1String("braze_id"))},
                        {QStringLiteral("external_id"), user.value(QLatin1String("external_id"))},
                        {QStringLiteral("custom_attributes"), user.value(QLatin1String("custom_attributes")).toObject()}};
        const QString expect = StepArgs::text(args, QStringLiteral("expect"));
        if (users.isEmpty()) {
            if (expect == QLatin1String("found"))
                return StepResult::failed(tr("No profile matches this user."), tr("Check the identifier; a profile created moments ago may need a little longer to appear."));
            return StepResult::passed(QStringLiteral("missing"), tr("No profile yet: a new one is needed."), out);
        }
        StepResult r = StepResult::passed(QStringLiteral("found"),
                                          users.size() > 1 ? tr("%n profiles share this identifier; Braze uses the most recently updated one.", nullptr, int(users.size()))
                                                           : tr("Profile found (braze_id %1).").arg(user.value(QLatin1String("braze_id")).toString()),
                                          out);
        const QJsonObject actual = out.value(QLatin1String("custom_attributes")).toObject();
        const QJsonObject expected = args.value(QLatin1String("expect_attributes")).toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const bool same = actual.value(it.key()) == it.value();
            r.checks.append({it.key(), Placeholders::toText(it.value()),
                             actual.contains(it.key()) ? Placeholders::toText(actual.value(it.key())) : tr("(not set)"), same, {}});
            if (!same) {
                r.status = StepResult::Status::Failed;
                r.summary = tr("The attribute %1 is %2, expected %3.").arg(it.key(), r.checks.last().actual, r.checks.last().expected);
                r.hint = tr("Braze processes data asynchronously; if the value is right a moment later, nothing is wrong.");
            }
        }
        const QString event = StepArgs::text(args, QStringLiteral("expect_event"));
        if (!event.isEmpty()) {
            bool seen = false;
            for (const QJsonValue &e : user.value(QLatin1String("custom_events")).toArray())
                seen = seen || e.toObject().value(QLatin1String("name")).toString() == event;
            r.checks.append({event, tr("recorded"), seen ? tr("recorded") : tr("not recorded"), seen, {}});
            if (!seen) {
                r.status = StepResult::Status::Failed;
                r.summary = tr("The event %1 is not on the profile.").arg(event);
            }
        }
        checkCanvasEntry(user, args, &r);
        return r;
    }

    // expect_canvas names a Canvas: its last entry time becomes the output canvas_entered. With
    // entered_before (an earlier step's canvas_entered) the user must have entered since then.
    static void checkCanvasEntry(const QJsonObject &user, const QJsonObject &args, StepResult *r)
    {
        const QString canvas = StepArgs::text(args, QStringLiteral("expect_canvas"));
        if (canvas.isEmpty())
            return;
        QString entered;
        for (const QJsonValue &c : user.value(QLatin1String("canvases_received")).toArray()) {
            if (c.toObject().value(QLatin1String("api_canvas_id")).toString() == canvas)
                entered = c.toObject().value(QLatin1String("last_entered")).toString();
        }
        r->outputs.insert(QStringLiteral("canvas_entered"), entered);
        if (!args.contains(QLatin1String("entered_before")))
            return;
        const QString before = StepArgs::text(args, QStringLiteral("entered_before"));
        const bool enteredNow = !entered.isEmpty() && entered != before;
        const QString actual = entered.isEmpty() ? tr("never entered")
                               : enteredNow    ? tr("entered at %1").arg(entered)
                                               : tr("last entered at %1, before this run").arg(entered);
        r->checks.append({tr("Canvas %1").arg(canvas), tr("entered during this run"), actual, enteredNow, {}});
        if (!enteredNow) {
            r->status = StepResult::Status::Failed;
            r->summary = tr("The user did not enter the Canvas %1 during this run.").arg(canvas);
            r->hint = tr("Check that the Canvas is active, uses API-triggered entry and that the user qualifies for its entry audience; Braze processes entries asynchronously.");
        }
    }
};

void registerUserSteps(StepRegistry &registry)
{
    registry.add(QStringLiteral("export-user"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *problem) {
            Braze::ExportIdsRequest request;
            request.users = {StepArgs::user(args, problem)};
            request.fieldsToExport = StepArgs::textList(args, QStringLiteral("fields"));
            if (request.fieldsToExport.isEmpty()) {
                request.fieldsToExport = {QStringLiteral("external_id"), QStringLiteral("braze_id"), QStringLiteral("user_aliases"),
                                          QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("custom_attributes"),
                                          QStringLiteral("custom_events")};
            }
            return Braze::prepare(request);
        }, &UserSteps::exportResult, parent);
    });
    registry.add(QStringLiteral("create-alias-profile"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *problem) {
            Braze::AttributeUpdate update;
            update.user = Braze::UserIdentifier::alias(StepArgs::text(args, QStringLiteral("alias_name")), StepArgs::text(args, QStringLiteral("alias_label")));
            *problem = update.user.problem();
            update.attributes = args.value(QLatin1String("attributes")).toObject();
            update.updateExistingOnly = false; // required to create an alias-only profile (braze-api.md §7.1)
            return Braze::prepare(Braze::TrackRequest{{update}, {}, {}});
        }, [](const Braze::ApiResult &result, const QJsonObject &args) {
            return UserSteps::trackResult(result, QStringLiteral("created"),
                                          UserSteps::tr("Alias-only profile created: %1 (%2).").arg(StepArgs::text(args, QStringLiteral("alias_name")),
                                                                                                   StepArgs::text(args, QStringLiteral("alias_label"))));
        }, parent);
    });
    registry.add(QStringLiteral("track-attributes"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *problem) {
            Braze::AttributeUpdate update;
            update.user = StepArgs::user(args, problem);
            update.attributes = args.value(QLatin1String("attributes")).toObject();
            if (update.attributes.isEmpty() && problem->isEmpty())
                *problem = UserSteps::tr("There are no attributes to send.");
            if (args.contains(QLatin1String("update_existing_only")))
                update.updateExistingOnly = args.value(QLatin1String("update_existing_only")).toBool();
            return Braze::prepare(Braze::TrackRequest{{update}, {}, {}});
        }, [](const Braze::ApiResult &result, const QJsonObject &args) {
            return UserSteps::trackResult(result, QStringLiteral("tracked"),
                                          UserSteps::tr("Sent %n attribute(s).", nullptr, int(args.value(QLatin1String("attributes")).toObject().size())));
        }, parent);
    });
    registry.add(QStringLiteral("track-event"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *problem) {
            Braze::TrackEvent event;
            event.user = StepArgs::user(args, problem);
            event.name = StepArgs::text(args, QStringLiteral("name"));
            event.time = StepArgs::text(args, QStringLiteral("time"));
            if (event.time.isEmpty())
                event.time = Braze::Validation::toIsoTime(QDateTime::currentDateTimeUtc());
            event.properties = args.value(QLatin1String("properties")).toObject();
            for (auto it = event.properties.begin(); it != event.properties.end();) // empty optional values stay out
                it = Placeholders::isEmpty(it.value()) ? event.properties.erase(it) : it + 1;
            return Braze::prepare(Braze::TrackRequest{{}, {event}, {}});
        }, [](const Braze::ApiResult &result, const QJsonObject &args) {
            return UserSteps::trackResult(result, QStringLiteral("tracked"),
                                          UserSteps::tr("Event %1 sent.").arg(StepArgs::text(args, QStringLiteral("name"))));
        }, parent);
    });
}

} // namespace Integrations
