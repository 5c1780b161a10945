#pragma once

#include "integrations/savedpartnersettings.h"
#include "users/useraction.h"
#include "users/userprofile.h"

#include <QWidget>

class ActionEditor;
class DeleteEditor;
class QComboBox;
class QTabWidget;
class RequestPreview;
class SubscriptionEditor;

// The actions on a loaded profile, one tab each, above the preview of the request the
// current tab would send.
class ActionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActionPanel(QWidget *parent = nullptr);

    void setProfile(const Users::UserProfile &profile);
    void setSandbox(bool sandbox);
    // The workspace's known subscription groups, offered on the Subscription tab.
    void setKnownSubscriptionGroups(const QList<Integrations::SavedPartnerSettings::SubscriptionGroup> &groups);
    void setBusy(bool busy);
    // The action of the visible tab as entered now.
    Users::UserAction currentAction() const;

signals:
    void actionRequested(const Users::UserAction &action);

private:
    void addEditor(ActionEditor *editor);
    void refreshPreview();

    QComboBox *m_choice;
    QTabWidget *m_tabs;
    RequestPreview *m_preview;
    DeleteEditor *m_delete;
    SubscriptionEditor *m_subscription;
    QList<ActionEditor *> m_editors;
};
