#include "workspaceconnection.h"

#include "braze/brazeclient.h"
#include "braze/permissions/permissionprobe.h"

WorkspaceConnection::WorkspaceConnection(const Config::Workspace &workspace, const QString &apiKey, Braze::RequestLogModel *log, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_apiKey(apiKey)
    , m_client(new Braze::BrazeClient(Braze::ClientConfig{workspace.endpoint, apiKey, workspace.name, {}}, this))
    , m_probe(new Braze::PermissionProbe(m_client, this))
{
    m_client->setRequestLog(log);
}

WorkspaceConnection::~WorkspaceConnection() = default;

bool WorkspaceConnection::matches(const Config::Workspace &workspace, const QString &apiKey) const
{
    return workspace.id == m_workspace.id && workspace.endpoint == m_workspace.endpoint && apiKey == m_apiKey
        && workspace.name == m_workspace.name;
}
