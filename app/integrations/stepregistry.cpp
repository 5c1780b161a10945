#include "integrations/stepregistry.h"

#include "integrations/steps/pollstep.h"
#include "integrations/steps/verifypermissionsstep.h"
#include "integrations/steps/waitstep.h"

namespace Integrations {

void StepRegistry::add(const QString &type, Factory factory)
{
    m_factories.insert(type, std::move(factory));
}

Step *StepRegistry::create(const QString &type, QObject *parent) const
{
    const auto it = m_factories.constFind(type);
    return it == m_factories.cend() ? nullptr : (*it)(parent);
}

QStringList StepRegistry::types() const
{
    QStringList names = m_factories.keys();
    names.sort();
    return names;
}

const StepRegistry &StepRegistry::standard()
{
    static const StepRegistry registry = [] {
        StepRegistry r;
        registerUserSteps(r);         // export-user, create-alias-profile, track-attributes, track-event
        registerSubscriptionSteps(r); // subscription-status-get, subscription-status-set
        registerReportSteps(r);       // list-segments, segment-details, segment-data-series, sends-data-series
        registerMessagingSteps(r);    // schedule-create/update/delete, send-id-create, trigger-campaign
        registerLogicSteps(r);        // branch, attribute-name, open-webhook-preset
        registerMappingSteps(r);      // apply-mapping, compare-attributes
        r.add(QStringLiteral("wait"), [](QObject *parent) { return new WaitStep(parent); });
        r.add(QStringLiteral("poll-until"), [](QObject *parent) { return new PollStep(parent); });
        r.add(QStringLiteral("verify-permissions"), [](QObject *parent) { return new VerifyPermissionsStep(parent); });
        return r;
    }();
    return registry;
}

} // namespace Integrations
