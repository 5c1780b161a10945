#include "integrations/savedpartnersettings.h"

#include "integrations/fieldvalidator.h"
#include "integrations/integrationtext.h"
#include "integrations/partnerloader.h"
#include "integrations/stepregistry.h"

namespace Integrations {

namespace {

// The embedded descriptions never change while the program runs.
const QList<PartnerDescription> &partners()
{
    static const QList<PartnerDescription> loaded = PartnerLoader(StepRegistry::standard()).loadEmbedded();
    return loaded;
}

} // namespace

SavedPartnerSettings::SavedPartnerSettings(const QString &workspaceId, bool sandbox, const PartnerConfigStore &store)
    : m_workspaceId(workspaceId)
    , m_sandbox(sandbox)
    , m_store(store)
{
}

QString SavedPartnerSettings::value(const QString &partnerId, const QString &fieldId) const
{
    for (const PartnerDescription &partner : partners()) {
        if (partner.id == partnerId)
            return m_store.effective(m_workspaceId, m_sandbox, partner).value(fieldId).toString().trimmed();
    }
    return {};
}

QList<SavedPartnerSettings::SubscriptionGroup> SavedPartnerSettings::subscriptionGroups() const
{
    QList<SubscriptionGroup> groups;
    for (const PartnerDescription &partner : partners()) {
        QJsonObject values;
        bool loaded = false;
        for (const FieldSpec &field : partner.fields) {
            if (field.type != QLatin1String("subscription-group"))
                continue;
            if (!loaded) {
                values = m_store.effective(m_workspaceId, m_sandbox, partner);
                loaded = true;
            }
            const QJsonValue value = values.value(field.id);
            if (value.toString().trimmed().isEmpty() || !FieldValidator::check(field, value).isFine())
                continue;
            // A path in the console, not a sentence: the same in every language.
            groups.append({value.toString().trimmed(),
                           QStringLiteral("%1 › %2").arg(IntegrationText::text(partner.titleId), IntegrationText::text(field.labelId)), field.channel});
        }
    }
    return groups;
}

} // namespace Integrations
