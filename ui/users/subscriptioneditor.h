#pragma once

#include "users/actioneditor.h"
#include "integrations/savedpartnersettings.h"

class QComboBox;

// Subscribe or unsubscribe the user in one subscription group. Offered: the groups Braze reports
// a state for on this user, and the workspace's known groups (the IDs the partner settings
// name, labelled with where they are set); any other group ID can be typed.
class SubscriptionEditor : public ActionEditor
{
    Q_OBJECT

public:
    explicit SubscriptionEditor(QWidget *parent = nullptr);

    QString title() const override { return tr("Subscription"); }
    void setProfile(const Users::UserProfile &profile) override;
    void setKnownGroups(const QList<Integrations::SavedPartnerSettings::SubscriptionGroup> &groups);
    Users::UserAction action() const override;

private:
    QString groupId() const;
    void fillGroups();

    Users::UserProfile m_profile;
    QList<Integrations::SavedPartnerSettings::SubscriptionGroup> m_known;
    QComboBox *m_group;
    QComboBox *m_state;
};
