#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Braze {

// The REST API key permissions each seed partner asks for (braze-api.md §6.1).
struct PartnerRequirement
{
    QString partner;       // "Quikly", "SmarterSends", "ActionIQ", "Outgrow"
    QStringList permissions;
    bool inferred = false; // ActionIQ's list is inferred from its flows (the seed is truncated)
};

const QList<PartnerRequirement> &partnerRequirements();
// The partners whose integration needs this permission, in table order.
QStringList partnersNeeding(const QString &permission);

} // namespace Braze
