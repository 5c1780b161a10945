#include "users/testuserspage.h"
#include "style/statuscolours.h"

#include "users/actionpanel.h"
#include "users/matchlist.h"
#include "users/notfoundpanel.h"
#include "users/profileview.h"
#include "users/userlookupbar.h"

#include "users/actionrunner.h"
#include "users/profileloader.h"
#include "users/testuserstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Users;

TestUsersPage::TestUsersPage(TestUserStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_loader(new ProfileLoader(this))
    , m_runner(new ActionRunner(this))
    , m_lookupBar(new UserLookupBar(this))
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_matches(new MatchList(this))
    , m_notFound(new NotFoundPanel(this))
    , m_profilePage(new QWidget(this))
    , m_title(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_refresh(new QPushButton(tr("Read again"), this))
    , m_view(new ProfileView(this))
    , m_actions(new ActionPanel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("users"));
    m_title->setObjectName(QStringLiteral("profileTitle"));
    m_save->setObjectName(QStringLiteral("saveTestUserButton"));
    m_status->setObjectName(QStringLiteral("statusMessage"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_hint->setText(tr("Look a user up by external ID, e-mail address, phone number, alias or Braze ID. "
                       "You can then inspect the profile and change it; every change is shown as the request "
                       "it sends before you send it."));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_refresh);
    header->addWidget(m_save);
    auto *splitter = new QSplitter(m_profilePage);
    splitter->addWidget(m_view);
    splitter->addWidget(m_actions);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *profileLayout = new QVBoxLayout(m_profilePage);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addLayout(header);
    profileLayout->addWidget(splitter, 1);

    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_matches);
    m_stack->addWidget(m_notFound);
    m_stack->addWidget(m_profilePage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lookupBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_lookupBar, &UserLookupBar::lookUpRequested, this, &TestUsersPage::lookUp);
    connect(m_matches, &MatchList::matchChosen, this, [this](const UserProfile &p) { lookUp(p.primaryIdentifier()); });
    connect(m_notFound, &NotFoundPanel::createAliasOnlyRequested, this, [this](const QString &name, const QString &label) {
        runAction(UserAction::createAliasOnly(name, label));
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] { lookUp(m_profile.primaryIdentifier()); });
    connect(m_save, &QPushButton::clicked, this, &TestUsersPage::toggleSaved);
    connect(m_actions, &ActionPanel::actionRequested, this, &TestUsersPage::runAction);
    connect(&m_store, &TestUserStore::changed, this, [this](const QString &workspaceId) {
        if (workspaceId == m_workspaceId) {
            m_lookupBar->setSavedUsers(m_store.list(m_workspaceId));
            updateSaveButton();
        }
    });

    connect(m_loader, &ProfileLoader::matchesFound, this, [this](const QList<UserProfile> &profiles) {
        setBusy(false);
        m_matches->showMatches(m_searched, profiles);
        m_stack->setCurrentWidget(m_matches);
        setStatus(tr("%n profile(s) found.", nullptr, int(profiles.size())));
    });
    connect(m_loader, &ProfileLoader::profileLoaded, this, [this](const UserProfile &p) {
        setBusy(false);
        showProfile(p);
        setStatus(p.subscriptionsProblem, !p.subscriptionsProblem.isEmpty());
    });
    connect(m_loader, &ProfileLoader::notFound, this, [this](const Braze::UserIdentifier &user) {
        setBusy(false);
        m_notFound->showNotFound(user);
        m_stack->setCurrentWidget(m_notFound);
        setStatus(tr("No profile found for %1.").arg(user.describe()));
    });
    connect(m_loader, &ProfileLoader::failed, this, &TestUsersPage::showError);

    connect(m_runner, &ActionRunner::actionSent, this, [this](const Braze::ApiResult &result) {
        const QStringList errors = ActionRunner::nonFatalErrors(result);
        setStatus(errors.isEmpty() ? tr("Sent. Reading the profile again…")
                                   : tr("Braze accepted the request but reported: %1").arg(errors.join(QLatin1String("; "))),
                  !errors.isEmpty());
    });
    connect(m_runner, &ActionRunner::actionFailed, this, &TestUsersPage::showError);
    connect(m_runner, &ActionRunner::refetchFailed, this, &TestUsersPage::showError);
    connect(m_runner, &ActionRunner::refetching, this, [this](int attempt) {
        if (attempt > 1)
            setStatus(tr("Braze has not shown the change yet; reading again (attempt %1)…").arg(attempt));
    });
    connect(m_runner, &ActionRunner::profileRefreshed, this, [this](const UserProfile &after, const ProfileDiff &diff) {
        setBusy(false);
        showProfile(after, diff);
        setStatus(diff.isEmpty() ? tr("Done, but the profile shows no change. Braze may still be processing it: "
                                      "use “Read again” in a minute.")
                                 : tr("Done. Changed: %1").arg(diff.describe().join(QLatin1String("; "))));
    });
    connect(m_runner, &ActionRunner::followUpChecked, this, [this](const QString &text, bool asExpected) {
        setStatus(m_status->text() + QLatin1Char(' ') + text, !asExpected);
    });
    connect(m_runner, &ActionRunner::profileGone, this, [this](const Braze::UserIdentifier &user) {
        setBusy(false);
        m_profile = UserProfile();
        m_hint->setText(tr("The profile %1 no longer exists.").arg(user.describe()));
        m_stack->setCurrentWidget(m_hint);
        setStatus(tr("The profile %1 no longer exists.").arg(user.describe()));
    });
    setWorkspace({}, nullptr, true);
}

void TestUsersPage::setWorkspace(const QString &workspaceId, Braze::BrazeClient *client, bool sandbox)
{
    // The session re-announces its connection often; only a real switch clears the page.
    m_sandbox = sandbox;
    if (workspaceId == m_workspaceId && client == m_client && !m_workspaceId.isEmpty()) {
        m_actions->setSandbox(sandbox);
        return;
    }
    m_workspaceId = workspaceId;
    m_client = client;
    m_loader->setClient(client);
    m_runner->setClient(client);
    m_actions->setSandbox(sandbox);
    m_lookupBar->setSavedUsers(m_store.list(workspaceId));
    m_profile = UserProfile();
    m_stack->setCurrentWidget(m_hint);
    setBusy(false);
    setStatus(client ? QString() : tr("No workspace is connected: add one with an endpoint and an API key on the Workspaces page."), !client);
}

void TestUsersPage::setKnownSubscriptionGroups(const QList<Integrations::SavedPartnerSettings::SubscriptionGroup> &groups)
{
    m_actions->setKnownSubscriptionGroups(groups);
}

void TestUsersPage::setRefetchDelays(const QList<int> &delaysMs)
{
    m_runner->setRefetchDelays(delaysMs);
}

void TestUsersPage::lookUp(const Braze::UserIdentifier &user)
{
    m_searched = user;
    setBusy(true);
    setStatus(tr("Looking up %1…").arg(user.describe()));
    m_loader->lookUp(user);
}

void TestUsersPage::showProfile(const UserProfile &profile, const ProfileDiff &diff)
{
    m_profile = profile;
    m_title->setText(profile.isUnidentified() ? tr("%1 (alias-only profile)").arg(profile.displayName()) : profile.displayName());
    m_view->showProfile(profile, diff);
    m_actions->setProfile(profile);
    updateSaveButton();
    m_stack->setCurrentWidget(m_profilePage);
}

void TestUsersPage::showReadProfile(const UserProfile &profile)
{
    if (!profile.isNull())
        showProfile(profile);
}

bool TestUsersPage::confirmed(const UserAction &action)
{
    if (action.consequence().isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Change this profile in Braze?"), action.summary(), QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(m_sandbox ? action.consequence()
                                     : action.consequence() + QStringLiteral("\n\n") + tr("This is a real Braze workspace, not the sandbox."));
    box.button(QMessageBox::Yes)->setText(tr("Send"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void TestUsersPage::runAction(const UserAction &action)
{
    if (!confirmed(action)) {
        setStatus(tr("Not sent: %1").arg(action.summary()));
        return;
    }
    setBusy(true);
    setStatus(tr("Sending: %1…").arg(action.summary()));
    m_runner->run(action, m_profile);
}

void TestUsersPage::showError(const Braze::ApiError &error)
{
    setBusy(false);
    setStatus(error.fullText(), true);
}

void TestUsersPage::setBusy(bool busy)
{
    m_lookupBar->setBusy(busy);
    m_actions->setBusy(busy);
    m_refresh->setEnabled(!busy);
}

void TestUsersPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    if (problem)
        StatusColours::apply(m_status, StatusColours::Role::Error);
    else
        StatusColours::clear(m_status);
}

void TestUsersPage::updateSaveButton()
{
    const bool saved = m_store.contains(m_workspaceId, m_profile.primaryIdentifier());
    m_save->setText(saved ? tr("Remove from saved test users") : tr("Save as test user"));
    m_save->setEnabled(!m_workspaceId.isEmpty() && !m_profile.isNull());
}

void TestUsersPage::toggleSaved()
{
    const Braze::UserIdentifier user = m_profile.primaryIdentifier();
    const QString problem = m_store.contains(m_workspaceId, user)
        ? m_store.remove(m_workspaceId, user)
        : m_store.add(m_workspaceId, {m_profile.displayName(), user, {}});
    if (!problem.isEmpty())
        setStatus(problem, true);
}
