#pragma once

#include "integrations/savedpartnersettings.h"
#include "users/profilediff.h"
#include "users/userprofile.h"

#include <QPointer>
#include <QWidget>

class ActionPanel;
namespace Users { class ActionRunner; }
class MatchList;
class NotFoundPanel;
namespace Users { class ProfileLoader; }
class ProfileView;
class QLabel;
class QPushButton;
class QStackedWidget;
namespace Users { class TestUserStore; }
namespace Users { class UserAction; }
class UserLookupBar;

namespace Braze {
class BrazeClient;
struct ApiError;
}

// The "Test users" page: look a user up, choose among several matches, inspect the profile,
// change it with a previewed request, and see what changed after Braze is read again.
// All network work runs through the workspace's BrazeClient; nothing here waits for it.
class TestUsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit TestUsersPage(Users::TestUserStore &store, QWidget *parent = nullptr);

    // The workspace to work in; client may be null while none is connected.
    void setWorkspace(const QString &workspaceId, Braze::BrazeClient *client, bool sandbox);
    // Delay before each further read when Braze has not applied a change yet (tests shorten it).
    void setRefetchDelays(const QList<int> &delaysMs);
    // The subscription groups the workspace's partner settings name, offered beside the ones
    // Braze reports for the user.
    void setKnownSubscriptionGroups(const QList<Integrations::SavedPartnerSettings::SubscriptionGroup> &groups);

    const Users::UserProfile &profile() const { return m_profile; }
    // Shows a profile read before (on the page built in the previous language) without reading
    // Braze again.
    void showReadProfile(const Users::UserProfile &profile);

private:
    void lookUp(const Braze::UserIdentifier &user);
    void showProfile(const Users::UserProfile &profile, const Users::ProfileDiff &diff = {});
    void runAction(const Users::UserAction &action);
    // Asks before an action Braze cannot undo (merge, external ID changes), saying what changes.
    bool confirmed(const Users::UserAction &action);
    void showError(const Braze::ApiError &error);
    void setBusy(bool busy);
    void setStatus(const QString &text, bool problem = false);
    void toggleSaved();
    void updateSaveButton();

    Users::TestUserStore &m_store;
    QString m_workspaceId;
    bool m_sandbox = true;
    QPointer<Braze::BrazeClient> m_client;
    Users::ProfileLoader *m_loader;
    Users::ActionRunner *m_runner;
    UserLookupBar *m_lookupBar;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    MatchList *m_matches;
    NotFoundPanel *m_notFound;
    QWidget *m_profilePage;
    QLabel *m_title;
    QPushButton *m_save;
    QPushButton *m_refresh;
    ProfileView *m_view;
    ActionPanel *m_actions;
    QLabel *m_status;
    Users::UserProfile m_profile;
    Braze::UserIdentifier m_searched;
};
