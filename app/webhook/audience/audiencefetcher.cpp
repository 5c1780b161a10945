#include "webhook/audience/audiencefetcher.h"

#include "braze/brazeclient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Webhook {

AudienceFetcher::AudienceFetcher(Braze::BrazeClient *client, QList<Braze::UserIdentifier> users, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_users(std::move(users))
    , m_input(std::make_shared<UserQueueInput>(m_users.size()))
{
}

void AudienceFetcher::start()
{
    fetchNext();
}

void AudienceFetcher::cancel()
{
    m_cancelled = true;
    m_input->interrupt();
}

void AudienceFetcher::fetchNext()
{
    if (m_cancelled)
        return;
    if (m_next >= m_users.size()) {
        m_input->close();
        return;
    }
    if (!m_client) {
        m_input->close(QCoreApplication::translate("Webhook::AudienceFetcher", "No workspace is connected; choose a workspace first."));
        return;
    }
    // External IDs and aliases go 50 to a call; Braze exports one braze_id, e-mail address or
    // phone number per call.
    const auto batchable = [](const Braze::UserIdentifier &user) {
        return user.kind() == Braze::UserIdentifier::Kind::ExternalId || user.kind() == Braze::UserIdentifier::Kind::Alias;
    };
    Braze::ExportIdsRequest request;
    const qsizetype first = m_next;
    do {
        request.users.append(m_users.at(m_next++));
    } while (batchable(request.users.first()) && m_next < m_users.size() && request.users.size() < BatchSize
             && batchable(m_users.at(m_next)));
    Braze::RequestHandle *handle = m_client->exportIds(request);
    connect(handle, &Braze::RequestHandle::finished, this, [this, request, first](const Braze::ApiResult &result) {
        if (m_cancelled)
            return;
        QList<AudienceInput::Item> items;
        if (!result.succeeded()) {
            AudienceInput::Item failed;
            failed.ref.line = first + 1;
            failed.error = QCoreApplication::translate("Webhook::AudienceFetcher", "users %1 to %2 could not be fetched: %3")
                               .arg(first + 1).arg(first + request.users.size()).arg(result.error.fullText());
            items.append(failed);
        }
        const QJsonArray users = result.json.object().value(QStringLiteral("users")).toArray();
        for (const QJsonValue &value : users) {
            AudienceInput::Item item;
            item.user.profile = value.toObject();
            item.ref.index = m_count++;
            item.ref.label = item.user.displayName();
            m_found.insert(item.ref.index, Braze::UserIdentifier::brazeId(item.user.profile.value(QStringLiteral("braze_id")).toString()));
            items.append(item);
        }
        // Braze lists the identifiers it found no user for.
        for (const QJsonValue &missing : result.json.object().value(QStringLiteral("invalid_user_ids")).toArray()) {
            AudienceInput::Item item;
            item.error = QCoreApplication::translate("Webhook::AudienceFetcher", "no user matches %1").arg(missing.toString());
            items.append(item);
        }
        m_input->push(items);
        emit batchFetched(int(m_next), int(m_users.size()));
        fetchNext();
    });
}

} // namespace Webhook
