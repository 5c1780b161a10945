#pragma once

#include "braze/useridentifier.h"
#include "webhook/audience/userqueueinput.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Braze {
class BrazeClient;
}

namespace Webhook {

// Fetches the users of an audience from the workspace with users/export/ids, 50 external IDs or
// aliases a call (Braze's maximum; a braze_id, e-mail address or phone number goes alone), one
// call after the other so the client paces them by the endpoint's rate limit, and hands each batch to the running preview. An identifier no user matches is
// reported like an unreadable line. Each user is remembered by braze_id to be opened again.
class AudienceFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int BatchSize = 50;

    AudienceFetcher(Braze::BrazeClient *client, QList<Braze::UserIdentifier> users, QObject *parent = nullptr);

    std::shared_ptr<UserQueueInput> input() const { return m_input; }
    void start();
    void cancel();
    // The braze_id of the user behind AudienceUserRef::index.
    Braze::UserIdentifier identifierOf(qint64 index) const { return m_found.value(index); }

signals:
    void batchFetched(int fetched, int total);

private:
    void fetchNext();

    QPointer<Braze::BrazeClient> m_client;
    QList<Braze::UserIdentifier> m_users;
    std::shared_ptr<UserQueueInput> m_input;
    qsizetype m_next = 0;
    qint64 m_count = 0;
    bool m_cancelled = false;
    QHash<qint64, Braze::UserIdentifier> m_found;
};

} // namespace Webhook
