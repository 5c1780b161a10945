#include "consolesession.h"

#include "composer/composerstore.h"
#include "config/secretstore.h"
#include "config/workspacefile.h"
#include "config/workspacestore.h"
#include "config/appsettings.h"
#include "braze/log/requestlogfile.h"
#include "braze/log/requestlogmodel.h"
#include "braze/permissions/permissionprobe.h"
#include "sandbox/apikeytable.h"
#include "sandbox/sandboxhost.h"
#include "users/testuserstore.h"
#include "workspaceconnection.h"

using namespace Config;
using namespace Users;
using namespace Sandbox;

ConsoleSession::ConsoleSession(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_workspaces(new WorkspaceStore(options.workspaceFile.isEmpty() ? WorkspaceFile::defaultPath() : options.workspaceFile, this))
    , m_secrets(new SecretStore(QStringLiteral("braze-console"), this))
    , m_sandbox(new SandboxHost(this))
    , m_requestLog(new Braze::RequestLogModel(this))
    , m_testUsers(new TestUserStore(options.testUsersFile, this))
    , m_composer(new ComposerStore(options.composerFile, this))
{
    if (!options.requestLogFile.isEmpty())
        m_requestLogFile = new Braze::RequestLogFile(options.requestLogFile, m_requestLog, this);
    connect(m_workspaces, &WorkspaceStore::currentWorkspaceChanged, this, &ConsoleSession::connectActiveWorkspace);
    connect(m_secrets, &SecretStore::secretChanged, this, [this](const QString &name) {
        if (name == SecretStore::apiKeyName(m_workspaces->current().id))
            connectActiveWorkspace();
    });
    connect(m_sandbox, &SandboxHost::started, this, [this](const QUrl &baseUrl) { m_workspaces->setSandboxEndpoint(baseUrl); });
    connect(m_sandbox, &SandboxHost::failed, this, [this](const QString &message) {
        if (m_workspaces->current().builtInSandbox)
            setConnection(nullptr, tr("The built-in sandbox could not start: %1").arg(message));
        emit sandboxFailed(message);
    });
}

ConsoleSession::ConsoleSession(const QString &workspaceFile, QObject *parent)
    : ConsoleSession(Options{workspaceFile, {}, {}, true, {}, {}}, parent)
{
}

ConsoleSession::~ConsoleSession()
{
    // The clients' network threads end before the sandbox thread they may still be talking to.
    qDeleteAll(m_connections);
    m_connections.clear();
    m_sandbox->stop();
}

QString ConsoleSession::start()
{
    QString problem = m_workspaces->load();
    if (const QString usersProblem = m_testUsers->load(); !usersProblem.isEmpty())
        problem += (problem.isEmpty() ? QString() : QStringLiteral("\n\n")) + usersProblem;
    if (const QString composerProblem = m_composer->load(); !composerProblem.isEmpty())
        problem += (problem.isEmpty() ? QString() : QStringLiteral("\n\n")) + composerProblem;
    if (m_requestLogFile) {
        m_requestLogFile->setKeeping(AppSettings().keepRequestLog());
        if (const QString logProblem = m_requestLogFile->load(); !logProblem.isEmpty())
            problem += (problem.isEmpty() ? QString() : QStringLiteral("\n\n")) + logProblem;
    }
    if (m_options.startSandbox) {
        SandboxHost::Options options;
        options.server.statePath = m_options.sandboxStateFile;
        options.announce = true;   // braze-cli commands then work on this sandbox, not on its file
        m_sandbox->start(options);
    }
    return problem;
}

QString ConsoleSession::apiKeyOf(const QString &workspaceName) const
{
    const WorkspaceConnection *connection = connectionNamed(workspaceName);
    return connection ? connection->apiKey() : QString();
}

WorkspaceConnection *ConsoleSession::connectionNamed(const QString &workspaceName) const
{
    if (m_connection && m_connection->workspace().name == workspaceName)
        return m_connection;
    for (WorkspaceConnection *connection : m_connections) {
        if (connection->workspace().name == workspaceName)
            return connection;
    }
    return nullptr;
}

QString ConsoleSession::duplicateWorkspace(const QString &id)
{
    const QString copy = m_workspaces->duplicate(id);
    if (copy.isEmpty())
        return {};
    m_secrets->read(SecretStore::apiKeyName(id), [this, copy](std::optional<QString> key) {
        if (key)   // the store calls back only while it (and so this session) exists
            m_secrets->write(SecretStore::apiKeyName(copy), *key);
    });
    return copy;
}

bool ConsoleSession::removeWorkspace(const QString &id)
{
    if (!m_workspaces->remove(id))
        return false;
    m_secrets->remove(SecretStore::apiKeyName(id));
    return true;
}

void ConsoleSession::connectActiveWorkspace()
{
    const Workspace workspace = m_workspaces->current();
    const quint64 request = ++m_keyRequest;
    if (workspace.builtInSandbox) {
        if (workspace.endpoint.isEmpty())
            setConnection(nullptr, tr("The built-in sandbox is starting."));
        else
            useConnection(workspace, workspace.sandboxKey.isEmpty() ? QString::fromLatin1(ApiKeyTable::AllPermissionsKey) : workspace.sandboxKey);
        return;
    }
    if (m_connection && m_connection->workspace().id != workspace.id)
        setConnection(nullptr, tr("Reading the API key of “%1” from the keychain…").arg(workspace.name));
    m_secrets->read(SecretStore::apiKeyName(workspace.id), [this, request, workspace](std::optional<QString> key) {
        if (request != m_keyRequest)
            return;   // the user switched again meanwhile
        if (!key || key->isEmpty())
            setConnection(nullptr, tr("Enter the REST API key of “%1” on the Workspaces page.").arg(workspace.name));
        else
            useConnection(workspace, *key);
    });
}

void ConsoleSession::useConnection(const Workspace &workspace, const QString &apiKey)
{
    WorkspaceConnection *connection = m_connections.value(workspace.id);
    if (connection && !connection->matches(workspace, apiKey)) {
        m_connections.remove(workspace.id);
        if (m_connection == connection)
            setConnection(nullptr, {});
        connection->deleteLater();
        connection = nullptr;
    }
    const bool created = !connection;
    if (created) {
        connection = new WorkspaceConnection(workspace, apiKey, m_requestLog, this);
        m_connections.insert(workspace.id, connection);
    }
    setConnection(connection, {});
    if (created)
        connection->permissions().start();
}

void ConsoleSession::setConnection(WorkspaceConnection *connection, const QString &problem)
{
    if (m_connection == connection && m_connectionProblem == problem)
        return;
    m_connection = connection;
    m_connectionProblem = problem;
    emit connectionChanged(connection);
}
