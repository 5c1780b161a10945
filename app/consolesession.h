#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

// Complete type: QPointer<WorkspaceConnection> converts to a raw pointer in inline code.
#include "workspaceconnection.h"

class ComposerStore;
namespace Sandbox { class SandboxHost; }
namespace Config { class SecretStore; }
namespace Users { class TestUserStore; }
class WorkspaceConnection;
namespace Config { class WorkspaceStore; }
namespace Config { struct Workspace; }

namespace Braze {
class RequestLogFile;
class RequestLogModel;
}

// Everything the console's pages share for one run of the program: the workspaces, the secret
// store, the embedded sandbox, the request log and the connection to the active workspace.
// main() creates one and hands it to the main window by reference; there are no singletons.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString workspaceFile;        // empty: <AppConfigLocation>/workspaces.json
        QString sandboxStateFile;     // empty: the embedded sandbox keeps its state in memory
        QString testUsersFile;        // empty: <AppDataLocation>/test-users.json
        bool startSandbox = true;
        QString requestLogFile;       // empty: the request log is not kept between runs
        QString composerFile;         // empty: <AppDataLocation>/composer.json
    };

    explicit ConsoleSession(const Options &options, QObject *parent = nullptr);
    // For tests: only the workspace file, no sandbox state file.
    explicit ConsoleSession(const QString &workspaceFile = {}, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Reads the saved workspaces and test users and starts the embedded sandbox; nothing is
    // written to the keychain. Returns what went wrong while reading, in words for the user, or an empty string.
    QString start();

    Config::WorkspaceStore &workspaces() { return *m_workspaces; }
    Config::SecretStore &secrets() { return *m_secrets; }
    Sandbox::SandboxHost &sandbox() { return *m_sandbox; }
    Braze::RequestLogModel &requestLog() { return *m_requestLog; }
    // Keeps the request log between runs (Preferences: "Keep the request log"); null when the
    // session was started without a log file.
    Braze::RequestLogFile *requestLogFile() const { return m_requestLogFile; }
    // Saved test users per workspace, shared by the Test users page, the webhook preview and
    // the partner workflows.
    Users::TestUserStore &testUsers() { return *m_testUsers; }
    // The request composer's draft and favourites per workspace.
    ComposerStore &composer() { return *m_composer; }

    // The active workspace's connection, or nullptr while it cannot talk to Braze yet (no key
    // entered, the key still being read, the sandbox starting); connectionProblem() says why.
    WorkspaceConnection *connection() const { return m_connection; }
    QString connectionProblem() const { return m_connectionProblem; }

    // A copy of the workspace with its own keychain entry holding the same key; returns its id.
    QString duplicateWorkspace(const QString &id);
    // Removes the workspace and its key from the keychain (the sandbox cannot be removed).
    bool removeWorkspace(const QString &id);

    // The API key the active connection uses, for "Copy as cURL" with the key included.
    QString apiKeyOf(const QString &workspaceName) const;
    // The connection to the workspace of this name made in this run (the active one or one used
    // earlier), or nullptr: "Send again" to the workspace a logged request went to.
    WorkspaceConnection *connectionNamed(const QString &workspaceName) const;

signals:
    void connectionChanged(WorkspaceConnection *connection);
    void sandboxFailed(const QString &message);

private:
    void connectActiveWorkspace();
    void useConnection(const Config::Workspace &workspace, const QString &apiKey);
    void setConnection(WorkspaceConnection *connection, const QString &problem);

    Options m_options;
    Config::WorkspaceStore *m_workspaces;
    Config::SecretStore *m_secrets;
    Sandbox::SandboxHost *m_sandbox;
    Braze::RequestLogModel *m_requestLog;
    Braze::RequestLogFile *m_requestLogFile = nullptr;
    Users::TestUserStore *m_testUsers;
    ComposerStore *m_composer;
    // One connection per workspace, kept while the console runs so each workspace's permission
    // check survives switching back and forth.
    QHash<QString, WorkspaceConnection *> m_connections;
    QPointer<WorkspaceConnection> m_connection;
    QString m_connectionProblem;
    quint64 m_keyRequest = 0;
};
