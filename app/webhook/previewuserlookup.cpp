#include "webhook/previewuserlookup.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace Webhook {

PreviewUserLookup::PreviewUserLookup(Braze::BrazeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void PreviewUserLookup::lookUp(const Braze::UserIdentifier &who)
{
    if (const QString problem = who.problem(); !problem.isEmpty()) {
        emit failed(problem);
        return;
    }
    exportOne(who, who.describe());
}

void PreviewUserLookup::exportOne(const Braze::UserIdentifier &who, const QString &origin)
{
    if (!m_client) {
        emit failed(tr("No workspace is connected; choose a workspace first."));
        return;
    }
    Braze::ExportIdsRequest request;
    request.users = {who};
    Braze::RequestHandle *handle = m_client->exportIds(request);
    connect(handle, &Braze::RequestHandle::finished, this, [this, who, origin](const Braze::ApiResult &result) {
        if (!result.succeeded()) {
            emit failed(tr("Could not look up %1: %2").arg(who.describe(), result.error.fullText()));
            return;
        }
        const QJsonArray users = result.json.object().value(QStringLiteral("users")).toArray();
        if (users.isEmpty()) {
            emit failed(tr("No user matches %1 in this workspace.").arg(who.describe()));
            return;
        }
        PreviewUser user;
        user.profile = users.first().toObject();
        user.origin = origin;
        emit found(user);
    });
}

void PreviewUserLookup::lookUpRandom(bool sandboxWorkspace)
{
    if (!sandboxWorkspace) {
        emit failed(tr("Braze's API has no call that picks a random user; look up an existing user instead, or use the Sandbox workspace."));
        return;
    }
    if (!m_client) {
        emit failed(tr("No workspace is connected; choose a workspace first."));
        return;
    }
    Braze::RequestHandle *handle = m_client->rawCall("GET", QStringLiteral("/_sandbox/state"));
    connect(handle, &Braze::RequestHandle::finished, this, [this](const Braze::ApiResult &result) {
        const QJsonArray users = result.json.object().value(QStringLiteral("users")).toArray();
        if (!result.succeeded() || users.isEmpty()) {
            emit failed(tr("The sandbox has no users to pick from; reset it to the demo data."));
            return;
        }
        const QJsonObject user = users.at(QRandomGenerator::global()->bounded(int(users.size()))).toObject();
        exportOne(Braze::UserIdentifier::brazeId(user.value(QStringLiteral("braze_id")).toString()), tr("random user"));
    });
}

} // namespace Webhook
