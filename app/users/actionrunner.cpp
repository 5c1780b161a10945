#include "users/actionrunner.h"

#include "users/profileloader.h"

#include "braze/brazeclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace Users {

ActionRunner::ActionRunner(QObject *parent)
    : QObject(parent)
    , m_loader(new ProfileLoader(this))
    , m_followUpLoader(new ProfileLoader(this))
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    connect(m_delay, &QTimer::timeout, this, &ActionRunner::refetch);
    connect(m_loader, &ProfileLoader::profileLoaded, this, &ActionRunner::onLoaded);
    connect(m_loader, &ProfileLoader::notFound, this, &ActionRunner::onNotFound);
    connect(m_loader, &ProfileLoader::failed, this, &ActionRunner::refetchFailed);
    // The refetch names one profile (external_id or braze_id), so several matches mean the
    // identifier was an alias shared by mistake; show the first rather than nothing.
    connect(m_loader, &ProfileLoader::matchesFound, this, [this](const QList<UserProfile> &profiles) {
        onLoaded(profiles.first());
    });
    connect(m_followUpLoader, &ProfileLoader::profileLoaded, this, [this](const UserProfile &found) {
        if (!m_followUp)
            return;
        const QString who = m_followUp->user.describe();
        if (m_followUp->expect == UserAction::FollowUp::Expect::SameProfile && found.brazeId == m_brazeId)
            emit followUpChecked(tr("Looking up %1 still finds this profile: Braze keeps the old ID as deprecated until you remove it.").arg(who), true);
        else if (m_followUp->expect == UserAction::FollowUp::Expect::GoneOrThis && found.brazeId == m_brazeId)
            emit followUpChecked(tr("Looking up %1 now finds only this profile: the duplicate is gone.").arg(who), true);
        else
            emit followUpChecked(tr("Looking up %1 still finds a profile (braze_id %2).").arg(who, found.brazeId), false);
    });
    connect(m_followUpLoader, &ProfileLoader::matchesFound, this, [this](const QList<UserProfile> &profiles) {
        if (m_followUp)
            emit followUpChecked(tr("Looking up %1 still finds %n profile(s).", nullptr, int(profiles.size())).arg(m_followUp->user.describe()), false);
    });
    connect(m_followUpLoader, &ProfileLoader::notFound, this, [this](const Braze::UserIdentifier &user) {
        if (!m_followUp)
            return;
        const bool gone = m_followUp->expect != UserAction::FollowUp::Expect::SameProfile;
        emit followUpChecked(gone ? tr("Looking up %1 now finds no profile.").arg(user.describe())
                                  : tr("Looking up %1 no longer finds this profile.").arg(user.describe()), gone);
    });
    connect(m_followUpLoader, &ProfileLoader::failed, this, &ActionRunner::refetchFailed);
}

void ActionRunner::setClient(Braze::BrazeClient *client)
{
    cancel();
    m_client = client;
    m_loader->setClient(client);
    m_followUpLoader->setClient(client);
}

bool ActionRunner::isBusy() const
{
    return !m_pending.isNull() || m_delay->isActive() || m_loader->isBusy() || m_followUpLoader->isBusy();
}

void ActionRunner::cancel()
{
    if (m_pending)
        m_pending->cancel();
    m_pending.clear();
    m_delay->stop();
    m_loader->cancel();
    m_followUpLoader->cancel();
}

void ActionRunner::run(const UserAction &action, const UserProfile &before)
{
    cancel();
    m_kind = action.kind();
    m_refetchAs = action.refetchAs();
    m_before = before;
    m_followUp = action.followUp();
    m_brazeId = before.brazeId;
    m_attempt = 0;
    if (!m_client) {
        Braze::ApiError error;
        error.kind = Braze::ApiError::Kind::Network;
        error.message = tr("No workspace is connected.");
        QTimer::singleShot(0, this, [this, error] { emit actionFailed(error); });
        return;
    }
    Braze::PreparedRequest prepared = action.prepared();
    prepared.request.origin.kind = Braze::RequestOrigin::Kind::TestUsers;
    m_pending = m_client->send(prepared);
    connect(m_pending, &Braze::RequestHandle::finished, this, [this](const Braze::ApiResult &result) {
        m_pending.clear();
        if (!result.succeeded()) {
            emit actionFailed(result.error);
            return;
        }
        // Braze named what it rejected: waiting for it to appear would be waiting in vain.
        m_retry = nonFatalErrors(result).isEmpty();
        // A refused rename or removal changed nothing (the answer is still 201).
        const bool itemsRefused = m_kind == UserAction::Kind::RenameExternalId || m_kind == UserAction::Kind::RemoveExternalId;
        if (itemsRefused && !m_retry) {
            Braze::ApiError error;
            error.kind = Braze::ApiError::Kind::BadRequest;
            error.message = tr("Braze refused the change: %1").arg(nonFatalErrors(result).join(QLatin1String("; ")));
            error.detail = QString::fromUtf8(result.body);
            emit actionFailed(error);
            return;
        }
        emit actionSent(result);
        refetch();
    });
}

void ActionRunner::refetch()
{
    ++m_attempt;
    emit refetching(m_attempt);
    m_loader->lookUp(m_refetchAs);
}

bool ActionRunner::retryLater()
{
    if (!m_retry || m_attempt > m_delaysMs.size())
        return false;
    m_delay->start(m_delaysMs.at(m_attempt - 1));
    return true;
}

void ActionRunner::onLoaded(const UserProfile &after)
{
    const ProfileDiff diff = ProfileDiff::between(m_before, after);
    // Braze may not show the change yet; a deleted profile that still shows is lag too. Removing
    // a deprecated ID changes nothing the export shows: its follow-up is the check.
    const bool visible = m_kind != UserAction::Kind::RemoveExternalId;
    if (((visible && diff.isEmpty()) || m_kind == UserAction::Kind::Delete) && retryLater())
        return;
    emit profileRefreshed(after, diff);
    checkFollowUp(after.brazeId);
}

void ActionRunner::checkFollowUp(const QString &brazeId)
{
    if (!m_followUp)
        return;
    if (!brazeId.isEmpty())
        m_brazeId = brazeId;
    m_followUpLoader->lookUp(m_followUp->user);
}

void ActionRunner::onNotFound()
{
    if (m_kind == UserAction::Kind::Delete) {
        emit profileGone(m_refetchAs);
        return;
    }
    // A profile that was just created or identified may not be visible yet.
    if (retryLater())
        return;
    emit profileGone(m_refetchAs);
}

QStringList ActionRunner::nonFatalErrors(const Braze::ApiResult &result)
{
    QStringList lines;
    for (const QJsonValue &value : result.json.object().value(QLatin1String("errors")).toArray()) {
        const QJsonObject e = value.toObject();
        const QString where = e.contains(QLatin1String("input_array"))
            ? QStringLiteral("%1[%2]: ").arg(e.value(QLatin1String("input_array")).toString()).arg(e.value(QLatin1String("index")).toInt())
            : QString();
        lines << where + (e.contains(QLatin1String("type")) ? e.value(QLatin1String("type")).toString() : value.toVariant().toString());
    }
    // rename_errors / removal_errors: [index, text] pairs (braze-api-more.md §4.3, §4.4), or plain texts.
    for (const char *key : {"rename_errors", "removal_errors"}) {
        for (const QJsonValue &value : result.json.object().value(QLatin1String(key)).toArray())
            lines << (value.isArray() ? value.toArray().last().toString() : value.toString());
    }
    return lines;
}

} // namespace Users
