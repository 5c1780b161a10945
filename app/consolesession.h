#pragma once

#include <QObject>

class SecretStore;
class WorkspaceStore;

// Everything the console's pages share for one run of the program: the workspaces, the secret
// store, the embedded sandbox, the network layer and the request log. main() creates one and
// hands it to the main window by reference; there are no singletons.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    // workspaceFile: where the workspaces are kept (empty: the platform's config folder).
    explicit ConsoleSession(const QString &workspaceFile = {}, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Reads the saved workspaces and probes the keychain. Returns what went wrong while reading,
    // in words for the user, or an empty string.
    QString start();

    WorkspaceStore &workspaces() { return *m_workspaces; }
    SecretStore &secrets() { return *m_secrets; }

private:
    WorkspaceStore *m_workspaces;
    SecretStore *m_secrets;
};
