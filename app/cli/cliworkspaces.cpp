#include "cli/cliworkspaces.h"

#include "config/secretstore.h"
#include "config/workspacestore.h"

#include <QEventLoop>

using namespace Config;

bool CliWorkspaces::load(WorkspaceStore &store, QTextStream &err)
{
    const QString problem = store.load();
    if (problem.isEmpty())
        return true;
    err << problem << '\n';
    return false;
}

std::optional<Workspace> CliWorkspaces::find(const WorkspaceStore &store, const QString &nameOrId, QTextStream &err)
{
    if (nameOrId.isEmpty())
        return store.current();
    for (const Workspace &workspace : store.workspaces()) {
        if (workspace.id == nameOrId || workspace.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            return workspace;
    }
    err << tr("There is no workspace “%1”; braze-cli workspace list shows them.").arg(nameOrId) << '\n';
    return std::nullopt;
}

std::optional<QString> CliWorkspaces::readSecret(SecretStore &secrets, const QString &name)
{
    std::optional<QString> value;
    QEventLoop loop;
    bool answered = false;
    secrets.read(name, [&](std::optional<QString> result) {
        value = result;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return value;
}

bool CliWorkspaces::writeSecret(SecretStore &secrets, const QString &name, const QString &value)
{
    QEventLoop loop;
    bool written = false;
    secrets.write(name, value, [&] {
        written = true;
        loop.quit();
    });
    if (!written)
        loop.exec();
    return secrets.storage() != SecretStore::Storage::SessionOnly;
}

void CliWorkspaces::removeSecret(SecretStore &secrets, const QString &name)
{
    QEventLoop loop;
    bool removed = false;
    secrets.remove(name, [&] {
        removed = true;
        loop.quit();
    });
    if (!removed)
        loop.exec();
}
