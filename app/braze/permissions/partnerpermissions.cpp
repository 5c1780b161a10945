#include "braze/permissions/partnerpermissions.h"

namespace Braze {

const QList<PartnerRequirement> &partnerRequirements()
{
    static const QList<PartnerRequirement> requirements{
        {QStringLiteral("Quikly"),
         {QStringLiteral("users.track"), QStringLiteral("subscription.status.set"), QStringLiteral("users.export.ids"),
          QStringLiteral("subscription.status.get")},
         false},
        {QStringLiteral("SmarterSends"),
         {QStringLiteral("users.track"), QStringLiteral("users.export.ids"), QStringLiteral("messages.schedule.create"),
          QStringLiteral("messages.schedule.update"), QStringLiteral("messages.schedule.delete"), QStringLiteral("sends.id.create"),
          QStringLiteral("segments.list"), QStringLiteral("segments.data_series"), QStringLiteral("segments.details"),
          QStringLiteral("sends.data_series")},
         false},
        {QStringLiteral("ActionIQ"), {QStringLiteral("users.track"), QStringLiteral("campaigns.trigger.send")}, true},
        {QStringLiteral("Outgrow"), {QStringLiteral("users.track")}, false},
    };
    return requirements;
}

QStringList partnersNeeding(const QString &permission)
{
    QStringList partners;
    for (const PartnerRequirement &requirement : partnerRequirements()) {
        if (requirement.permissions.contains(permission))
            partners.append(requirement.partner);
    }
    return partners;
}

} // namespace Braze
