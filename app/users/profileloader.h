#pragma once

#include "users/userprofile.h"

#include "braze/apierror.h"
#include "braze/useridentifier.h"

#include <QObject>
#include <QPointer>

#include "braze/brazeclient.h"

namespace Users {

// Finds the profiles an identifier names: /users/export/ids, then, for a single match, the
// subscription groups from /subscription/user/status. All calls are asynchronous; a new
// lookUp() drops the answer of the one before.
class ProfileLoader : public QObject
{
    Q_OBJECT

public:
    explicit ProfileLoader(QObject *parent = nullptr);

    void setClient(Braze::BrazeClient *client);
    Braze::BrazeClient *client() const { return m_client; }

    void lookUp(const Braze::UserIdentifier &user);
    void cancel();
    bool isBusy() const { return !m_pending.isNull(); }

signals:
    // Several profiles share the identifier (an e-mail address, a phone number): the user
    // chooses one, then looks it up by its primaryIdentifier().
    void matchesFound(const QList<UserProfile> &profiles);
    // Exactly one profile, with its subscription groups when they could be read.
    void profileLoaded(const UserProfile &profile);
    void notFound(const Braze::UserIdentifier &user);
    void failed(const Braze::ApiError &error);

private:
    void onExported(const Braze::ApiResult &result);
    void loadSubscriptions(const UserProfile &profile);
    Braze::ApiError noClientError() const;

    QPointer<Braze::BrazeClient> m_client;
    QPointer<Braze::RequestHandle> m_pending;
    Braze::UserIdentifier m_user;
    quint64 m_generation = 0;
};

} // namespace Users
