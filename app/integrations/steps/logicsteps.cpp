// Step types without a Braze call that steer or prepare a run: branch, attribute-name,
// open-webhook-preset.
#include "integrations/integrationtext.h"
#include "integrations/steps/localstep.h"
#include "integrations/placeholders.h"
#include "integrations/stepargs.h"
#include "integrations/stepregistry.h"

#include "braze/validation/attributename.h"

#include <QCoreApplication>

namespace Integrations {

class LogicSteps
{
    Q_DECLARE_TR_FUNCTIONS(LogicSteps)

public:
    // Ends the workflow successfully when an earlier step had one of the given outcomes
    // ("already subscribed: done"); otherwise the run goes on.
    static StepResult branch(const StepContext &context)
    {
        const QString step = StepArgs::text(context.args, QStringLiteral("step"));
        const QString outcome = Placeholders::lookup(context.scope, QStringLiteral("steps.%1.outcome").arg(step)).toString();
        const QStringList wanted = StepArgs::text(context.args, QStringLiteral("outcome")).split(QLatin1Char(','));
        if (wanted.contains(outcome)) {
            StepResult r = StepResult::passed(QStringLiteral("taken"), IntegrationText::text(StepArgs::text(context.args, QStringLiteral("message"))));
            r.status = StepResult::Status::Finished;
            return r;
        }
        return StepResult::passed(QStringLiteral("not-taken"), tr("No: the workflow continues."));
    }

    // Fills the placeholders of a naming pattern (AIQ_<Audience ID>_<Split ID>) and checks the
    // result against Braze's rules for custom attribute names.
    static StepResult attributeName(const StepContext &context)
    {
        QString name = StepArgs::text(context.args, QStringLiteral("pattern"));
        const QJsonObject values = context.args.value(QLatin1String("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString value = Placeholders::toText(it.value()).trimmed();
            if (value.isEmpty())
                return StepResult::failed(tr("%1 is empty.").arg(it.key()), tr("Fill in every value the naming pattern uses."));
            name.replace(it.key(), value);
        }
        const QString problem = Braze::Validation::attributeNameProblem(name);
        if (!problem.isEmpty())
            return StepResult::failed(tr("The attribute name %1 is not valid: %2").arg(name, problem), tr("Change the naming pattern or the IDs."));
        return StepResult::passed(QStringLiteral("ok"), tr("The attribute is %1.").arg(name), {{QStringLiteral("name"), name}});
    }

    static StepResult openPreset(const StepContext &context)
    {
        const QString preset = StepArgs::text(context.args, QStringLiteral("preset"));
        if (context.environment.navigate) {
            context.environment.navigate(QStringLiteral("webhooks"), QStringLiteral("preset:") + preset);
            return StepResult::passed(QStringLiteral("opened"), tr("The webhook builder shows the %1 preset.").arg(preset));
        }
        return StepResult::passed(QStringLiteral("manual"), tr("Open the webhook builder and choose the preset \"%1\" (braze-cli webhook --preset %1).").arg(preset));
    }
};

void registerLogicSteps(StepRegistry &registry)
{
    registry.add(QStringLiteral("branch"), [](QObject *parent) { return new LocalStep(&LogicSteps::branch, parent); });
    registry.add(QStringLiteral("attribute-name"), [](QObject *parent) { return new LocalStep(&LogicSteps::attributeName, parent); });
    registry.add(QStringLiteral("open-webhook-preset"), [](QObject *parent) { return new LocalStep(&LogicSteps::openPreset, parent); });
}

} // namespace Integrations
