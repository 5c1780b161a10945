// The subscription-group step types: subscription-status-get and subscription-status-set.
#include "integrations/steps/apicallstep.h"
#include "integrations/stepargs.h"
#include "integrations/stepregistry.h"

#include "braze/requests/subscriptionrequests.h"
#include "braze/subscriptionstatetext.h"

#include <QCoreApplication>

namespace Integrations {

class SubscriptionSteps
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionSteps)

public:
    // The advice follows from what Braze answered: the group ID was accepted (a wrong one is
    // refused with an error before any state is read), so "unknown" means no profile holds the
    // number yet and "unsubscribed" means the number opted out.
    static QString adviceFor(const QString &outcome)
    {
        if (outcome == QLatin1String("unknown"))
            return tr("No profile in Braze holds this number yet: store it on the user's profile (in E.164, e.g. +4915112345678) before subscribing it. "
                      "Braze may also need a few minutes between dependent calls.");
        if (outcome == QLatin1String("unsubscribed"))
            return tr("The number is unsubscribed from this group, for example after replying STOP; only the user's own opt-in subscribes it again.");
        return tr("The number has not reached the expected state yet; Braze may need a few minutes between dependent calls.");
    }

    // Braze reads back "Subscribed", "Unsubscribed" or "Unknown" (braze-api.md §10); the
    // outcome is the lower-case word.
    static StepResult statusResult(const Braze::ApiResult &result, const QJsonObject &args)
    {
        const QJsonObject status = result.json.object().value(QLatin1String("status")).toObject();
        const QString state = status.isEmpty() ? QStringLiteral("Unknown") : status.begin().value().toString();
        const QString outcome = state.toLower();
        StepResult r = StepResult::passed(outcome, tr("The subscription state is %1.").arg(Braze::SubscriptionStateText::inWords(state)), {{QStringLiteral("state"), state}});
        const QString expect = StepArgs::text(args, QStringLiteral("expect"));
        if (!expect.isEmpty() && expect != outcome) {
            r = StepResult::failed(tr("The subscription state is %1, expected %2.").arg(Braze::SubscriptionStateText::inWords(state), Braze::SubscriptionStateText::inWords(expect)), adviceFor(outcome));
            r.outcome = outcome;
        }
        return r;
    }
};

void registerSubscriptionSteps(StepRegistry &registry)
{
    registry.add(QStringLiteral("subscription-status-get"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *problem) {
            Braze::SubscriptionStatusQuery query;
            query.subscriptionGroupId = StepArgs::text(args, QStringLiteral("group_id"));
            query.users = {StepArgs::user(args, problem)};
            return Braze::prepare(query);
        }, &SubscriptionSteps::statusResult, parent);
    });
    registry.add(QStringLiteral("subscription-status-set"), [](QObject *parent) {
        return new ApiCallStep([](const QJsonObject &args, QString *problem) {
            Braze::SubscriptionChange change;
            change.subscriptionGroupId = StepArgs::text(args, QStringLiteral("group_id"));
            change.state = StepArgs::text(args, QStringLiteral("state")) == QLatin1String("unsubscribed") ? Braze::SubscriptionState::Unsubscribed
                                                                                                        : Braze::SubscriptionState::Subscribed;
            change.users = {StepArgs::user(args, problem)};
            change.useDoubleOptIn = args.value(QLatin1String("double_opt_in")).toBool();
            return Braze::prepare(change);
        }, [](const Braze::ApiResult &, const QJsonObject &args) {
            const QString state = StepArgs::text(args, QStringLiteral("state"));
            return StepResult::passed(state, SubscriptionSteps::tr("Braze accepted the new state: %1.").arg(Braze::SubscriptionStateText::inWords(state)));
        }, parent);
    });
}

} // namespace Integrations
