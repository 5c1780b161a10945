#include "actionrunner.h"

#include "profileloader.h"

#include "braze/brazeclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

ActionRunner::ActionRunner(QObject *parent)
    : QObject(parent)
    , m_loader(new ProfileLoader(this))
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
}

void ActionRunner::setClient(Braze::BrazeClient *client)
{
    cancel();
    m_client = client;
    m_loader->setClient(client);
}

bool ActionRunner::isBusy() const
{
    return !m_pending.isNull() || m_delay->isActive() || m_loader->isBusy();
}

void ActionRunner::cancel()
{
    if (m_pending)
        m_pending->cancel();
    m_pending.clear();
    m_delay->stop();
    m_loader->cancel();
}

void ActionRunner::run(const UserAction &action, const UserProfile &before)
{
    cancel();
    m_kind = action.kind();
    m_refetchAs = action.refetchAs();
    m_before = before;
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
    // Braze may not show the change yet; a deleted profile that still shows is lag too.
    if ((diff.isEmpty() || m_kind == UserAction::Kind::Delete) && retryLater())
        return;
    emit profileRefreshed(after, diff);
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
    return lines;
}
