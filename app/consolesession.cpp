#include "consolesession.h"

#include "config/secretstore.h"
#include "config/workspacefile.h"
#include "config/workspacestore.h"

ConsoleSession::ConsoleSession(const QString &workspaceFile, QObject *parent)
    : QObject(parent)
    , m_workspaces(new WorkspaceStore(workspaceFile.isEmpty() ? WorkspaceFile::defaultPath() : workspaceFile, this))
    , m_secrets(new SecretStore(QStringLiteral("braze-console"), this))
{
}

ConsoleSession::~ConsoleSession() = default;

QString ConsoleSession::start()
{
    m_secrets->probe();
    return m_workspaces->load();
}
