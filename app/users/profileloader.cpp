#include "users/profileloader.h"

#include "braze/brazeclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace Users {

namespace {

// The request log names the Test users page as the origin of a lookup.
Braze::PreparedRequest testUsersRequest(Braze::PreparedRequest prepared)
{
    prepared.request.origin.kind = Braze::RequestOrigin::Kind::TestUsers;
    return prepared;
}

} // namespace

ProfileLoader::ProfileLoader(QObject *parent)
    : QObject(parent)
{
}

void ProfileLoader::setClient(Braze::BrazeClient *client)
{
    cancel();
    m_client = client;
}

void ProfileLoader::cancel()
{
    ++m_generation;
    if (m_pending)
        m_pending->cancel();
    m_pending.clear();
}

Braze::ApiError ProfileLoader::noClientError() const
{
    Braze::ApiError error;
    error.kind = Braze::ApiError::Kind::Network;
    error.message = tr("No workspace is connected.");
    error.hint = tr("Choose a workspace with an endpoint and an API key on the Workspaces page.");
    return error;
}

void ProfileLoader::lookUp(const Braze::UserIdentifier &user)
{
    cancel();
    m_user = user;
    if (!m_client) {
        // Report from the event loop like a real answer, so callers connect after calling.
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                emit failed(noClientError());
        });
        return;
    }
    Braze::ExportIdsRequest request;
    request.users = {user};
    request.fieldsToExport = UserProfile::exportFields();
    m_pending = m_client->send(testUsersRequest(Braze::prepare(request)));
    const quint64 generation = m_generation;
    connect(m_pending, &Braze::RequestHandle::finished, this, [this, generation](const Braze::ApiResult &result) {
        if (generation != m_generation)
            return;
        m_pending.clear();
        onExported(result);
    });
}

void ProfileLoader::onExported(const Braze::ApiResult &result)
{
    if (!result.succeeded()) {
        emit failed(result.error);
        return;
    }
    QList<UserProfile> profiles;
    for (const QJsonValue &value : result.json.object().value(QLatin1String("users")).toArray())
        profiles.append(UserProfile::fromExport(value.toObject()));
    if (profiles.isEmpty())
        emit notFound(m_user);
    else if (profiles.size() > 1)
        emit matchesFound(profiles);
    else
        loadSubscriptions(profiles.first());
}

void ProfileLoader::loadSubscriptions(const UserProfile &found)
{
    // /subscription/user/status knows users by external_id, e-mail or phone only.
    Braze::UserIdentifier who;
    if (!found.externalId.isEmpty())
        who = Braze::UserIdentifier::externalId(found.externalId);
    else if (!found.email.isEmpty())
        who = Braze::UserIdentifier::email(found.email);
    else if (!found.phone.isEmpty())
        who = Braze::UserIdentifier::phone(found.phone);
    if (who.isNull()) {
        UserProfile profile = found;
        profile.subscriptionsProblem = tr("Braze reports subscription groups only for profiles with an external ID, e-mail address or phone number.");
        emit profileLoaded(profile);
        return;
    }
    m_pending = m_client->send(testUsersRequest(Braze::prepare(Braze::UserSubscriptionsQuery{{who}, 100, 0})));
    const quint64 generation = m_generation;
    connect(m_pending, &Braze::RequestHandle::finished, this, [this, generation, found](const Braze::ApiResult &result) {
        if (generation != m_generation)
            return;
        m_pending.clear();
        UserProfile profile = found;
        if (result.succeeded())
            profile.readSubscriptions(result.json.object());
        else
            // The profile itself is there; a missing permission only hides the groups.
            profile.subscriptionsProblem = tr("The subscription groups could not be read: %1").arg(result.error.fullText());
        emit profileLoaded(profile);
    });
}

} // namespace Users
