#pragma once

#include "actioneditor.h"

class QComboBox;

// Subscribe or unsubscribe the user in one subscription group. The groups the user already
// has a state in are offered; any other group ID can be typed.
class SubscriptionEditor : public ActionEditor
{
    Q_OBJECT

public:
    explicit SubscriptionEditor(QWidget *parent = nullptr);

    QString title() const override { return tr("Subscription"); }
    void setProfile(const UserProfile &profile) override;
    UserAction action() const override;

private:
    QString groupId() const;

    UserProfile m_profile;
    QComboBox *m_group;
    QComboBox *m_state;
};
