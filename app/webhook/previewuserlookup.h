#pragma once

#include "braze/brazeclient.h"
#include "webhook/previewuser.h"

#include <QObject>
#include <QPointer>

namespace Webhook {

// Finds the user to preview as: an existing user by external_id, braze_id, e-mail, phone or
// alias (users/export/ids), or a random user of the workspace. Braze offers no "random user"
// call, so a random user comes from the sandbox's state; real workspaces say so.
class PreviewUserLookup : public QObject
{
    Q_OBJECT

public:
    explicit PreviewUserLookup(Braze::BrazeClient *client, QObject *parent = nullptr);

    void setClient(Braze::BrazeClient *client) { m_client = client; }
    void lookUp(const Braze::UserIdentifier &who);
    // sandboxWorkspace: the client talks to the console's sandbox.
    void lookUpRandom(bool sandboxWorkspace);

signals:
    void found(const Webhook::PreviewUser &user);
    void failed(const QString &message);

private:
    void exportOne(const Braze::UserIdentifier &who, const QString &origin);

    QPointer<Braze::BrazeClient> m_client;
};

} // namespace Webhook
