#pragma once

#include "integrations/partnerconfigstore.h"

#include <QList>
#include <QString>

namespace Integrations {

// A workspace's partner settings as saved, for the pages that use a partner's value without
// being the partner's page: the webhook builder's presets (Quikly's q_scope) and the Test users
// page's subscription groups. Reads the store each time, so a value saved on a partner's
// Settings tab is what the next reader sees.
class SavedPartnerSettings
{
public:
    struct SubscriptionGroup
    {
        QString id;
        QString label;      // "Quikly › SMS subscription group ID": where the ID is set
        QString channel;    // sms or email
    };

    SavedPartnerSettings(const QString &workspaceId, bool sandbox, const PartnerConfigStore &store = PartnerConfigStore());

    // The field's value as text; empty when the partner or field is unknown or nothing is set.
    QString value(const QString &partnerId, const QString &fieldId) const;
    // Every well-formed subscription group ID the partners' settings name.
    QList<SubscriptionGroup> subscriptionGroups() const;

private:
    QString m_workspaceId;
    bool m_sandbox;
    PartnerConfigStore m_store;
};

} // namespace Integrations
