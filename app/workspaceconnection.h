#pragma once

#include "config/workspace.h"

#include <QObject>

namespace Braze {
class BrazeClient;
class PermissionProbe;
class RequestLogModel;
}

// How the console reaches one workspace's Braze: its API client (with its own network thread)
// and the check of what its key may do. Pages that talk to Braze take the active one from
// ConsoleSession::connection().
class WorkspaceConnection : public QObject
{
    Q_OBJECT

public:
    WorkspaceConnection(const Config::Workspace &workspace, const QString &apiKey, Braze::RequestLogModel *log, QObject *parent = nullptr);
    ~WorkspaceConnection() override;

    const Config::Workspace &workspace() const { return m_workspace; }
    Braze::BrazeClient &client() { return *m_client; }
    Braze::PermissionProbe &permissions() { return *m_probe; }

    // For "Copy as cURL" with the key included, at the user's explicit request only.
    QString apiKey() const { return m_apiKey; }

    // Whether this connection still fits the workspace as it is now configured.
    bool matches(const Config::Workspace &workspace, const QString &apiKey) const;

private:
    Config::Workspace m_workspace;
    QString m_apiKey;   // memory only
    Braze::BrazeClient *m_client;
    Braze::PermissionProbe *m_probe;
};
