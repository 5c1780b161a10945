#pragma once

#include "users/profilediff.h"
#include "users/useraction.h"
#include "users/userprofile.h"

#include "braze/apierror.h"
#include "braze/apiresult.h"
#include "braze/brazeclient.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Users {

class ProfileLoader;

// Sends one UserAction, then reads the profile again and reports what changed. Braze applies
// writes asynchronously (braze-api.md §3): the export may still show the old state for a
// moment, so an unchanged profile is read again after each of the refetch delays before the
// runner concludes that nothing changed. The sandbox answers at once, so the first read
// usually shows the change.
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    explicit ActionRunner(QObject *parent = nullptr);

    void setClient(Braze::BrazeClient *client);
    // Waits before the 2nd, 3rd, ... read of the profile; default 1 s, 2 s, 4 s.
    void setRefetchDelays(const QList<int> &delaysMs) { m_delaysMs = delaysMs; }

    // `before` is the profile as last shown (empty for CreateAliasOnly).
    void run(const UserAction &action, const UserProfile &before);
    bool isBusy() const;
    void cancel();

    // The non-fatal "errors" of a successful answer, as "attributes[0]: text" lines, and the
    // items refused by an external ID rename or removal.
    static QStringList nonFatalErrors(const Braze::ApiResult &result);

signals:
    // The action's call was answered with success; the refetch follows.
    void actionSent(const Braze::ApiResult &result);
    void actionFailed(const Braze::ApiError &error);
    // Reading the profile again, attempt 1, 2, ...
    void refetching(int attempt);
    // The profile after the action and what changed (empty diff: nothing visible changed yet).
    void profileRefreshed(const UserProfile &after, const ProfileDiff &diff);
    // The profile cannot be found any more (expected after a delete).
    void profileGone(const Braze::UserIdentifier &user);
    void refetchFailed(const Braze::ApiError &error);
    // After a merge or an external ID change: what the action's follow-up identifier finds now
    // (the merged profile gone, the old ID deprecated or removed), as one sentence.
    void followUpChecked(const QString &text, bool asExpected);

private:
    void refetch();
    void onLoaded(const UserProfile &after);
    void onNotFound();
    bool retryLater();
    void checkFollowUp(const QString &brazeId);

    QPointer<Braze::BrazeClient> m_client;
    ProfileLoader *m_loader;
    ProfileLoader *m_followUpLoader;
    std::optional<UserAction::FollowUp> m_followUp;
    QString m_brazeId;      // the profile the follow-up may find (kept, renamed)
    QTimer *m_delay;
    QPointer<Braze::RequestHandle> m_pending;
    QList<int> m_delaysMs{1000, 2000, 4000};
    UserAction::Kind m_kind = UserAction::Kind::SetAttributes;
    Braze::UserIdentifier m_refetchAs;
    UserProfile m_before;
    int m_attempt = 0;
    bool m_retry = true;
};

} // namespace Users
