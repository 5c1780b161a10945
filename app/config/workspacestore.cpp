#include "config/workspacestore.h"

#include <QDir>

namespace Config {

WorkspaceStore::WorkspaceStore(const QString &filePath, QObject *parent)
    : QAbstractListModel(parent)
    , m_file(filePath)
{
    m_workspaces.append(Workspace::sandbox());
    m_currentId = Workspace::sandboxId();
}

QString WorkspaceStore::load()
{
    const WorkspaceFile::LoadResult result = m_file.load();
    beginResetModel();
    m_workspaces.clear();
    Workspace sandbox = Workspace::sandbox();
    sandbox.endpoint = m_sandboxEndpoint;
    m_workspaces.append(sandbox);
    for (const Workspace &workspace : result.contents.workspaces) {
        if (workspace.builtInSandbox) {
            // What the user chose for the sandbox; its name and address are not theirs to keep.
            m_workspaces[0].appId = workspace.appId;
            m_workspaces[0].notes = workspace.notes;
            m_workspaces[0].sandboxKey = workspace.sandboxKey;
        } else if (rowOf(workspace.id) < 0) {
            m_workspaces.append(workspace);
        }
    }
    m_currentId = rowOf(result.contents.currentWorkspaceId) >= 0 ? result.contents.currentWorkspaceId : Workspace::sandboxId();
    m_saveRefusal = result.mayOverwrite
        ? QString()
        : tr("Changes to the workspaces are not saved, so that the unreadable file %1 is not overwritten. Move it away or fix it, then restart the console.")
              .arg(QDir::toNativeSeparators(m_file.path()));
    endResetModel();
    emit currentWorkspaceChanged(current());
    return result.problem;
}

int WorkspaceStore::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workspaces.size());
}

QVariant WorkspaceStore::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_workspaces.size())
        return {};
    const Workspace &workspace = m_workspaces.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return workspace.name;
    case Qt::ToolTipRole:
        return workspace.endpoint.toString();
    case IdRole:
        return workspace.id;
    case EndpointRole:
        return workspace.endpoint;
    case IsSandboxRole:
        return workspace.builtInSandbox;
    case IsDraftRole:
        return m_drafts.contains(workspace.id);

    default:
        return {};
    }
}

QHash<int, QByteArray> WorkspaceStore::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(EndpointRole, "endpoint");
    names.insert(IsSandboxRole, "isSandbox");
    names.insert(IsDraftRole, "isDraft");
    return names;
}

std::optional<Workspace> WorkspaceStore::workspace(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_workspaces.at(row);
}

int WorkspaceStore::rowOf(const QString &id) const
{
    for (int row = 0; row < m_workspaces.size(); ++row) {
        if (m_workspaces.at(row).id == id)
            return row;
    }
    return -1;
}

QStringList WorkspaceStore::namesExcept(const QString &id) const
{
    QStringList names;
    for (const Workspace &workspace : m_workspaces) {
        if (workspace.id != id)
            names.append(workspace.name);
    }
    return names;
}

Workspace WorkspaceStore::current() const
{
    return m_workspaces.at(std::max(0, rowOf(m_currentId)));
}

void WorkspaceStore::setCurrent(const QString &id)
{
    if (id == m_currentId || rowOf(id) < 0 || m_drafts.contains(id))
        return;
    m_currentId = id;
    save();
    emit currentWorkspaceChanged(current());
}

void WorkspaceStore::add(const Workspace &workspace)
{
    beginInsertRows({}, int(m_workspaces.size()), int(m_workspaces.size()));
    m_workspaces.append(workspace);
    endInsertRows();
    save();
}

void WorkspaceStore::addDraft(const Workspace &workspace)
{
    m_drafts.insert(workspace.id);
    beginInsertRows({}, int(m_workspaces.size()), int(m_workspaces.size()));
    m_workspaces.append(workspace);
    endInsertRows();
}

void WorkspaceStore::update(const Workspace &workspace)
{
    const int row = rowOf(workspace.id);
    if (row < 0)
        return;
    m_drafts.remove(workspace.id);
    Workspace updated = workspace;
    if (updated.builtInSandbox)
        updated.endpoint = m_sandboxEndpoint;   // the sandbox's address is not the user's to change
    m_workspaces[row] = updated;
    emit dataChanged(index(row), index(row));
    save();
    emit workspaceChanged(updated);
    if (updated.id == m_currentId)
        emit currentWorkspaceChanged(updated);
}

QString WorkspaceStore::uniqueName(const QString &wanted) const
{
    QString name = wanted;
    for (int n = 2; namesExcept(QString()).contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    return name;
}

QString WorkspaceStore::duplicate(const QString &id)
{
    const auto original = workspace(id);
    if (!original)
        return {};
    Workspace copy = Workspace::create(uniqueName(tr("%1 (copy)").arg(original->name)));
    copy.endpoint = original->endpoint;
    copy.appId = original->appId;
    copy.notes = original->notes;
    copy.confirmedCustomHost = original->confirmedCustomHost;
    add(copy);
    return copy.id;
}

bool WorkspaceStore::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || m_workspaces.at(row).builtInSandbox)
        return false;
    beginRemoveRows({}, row, row);
    m_workspaces.removeAt(row);
    endRemoveRows();
    if (m_drafts.remove(id)) {
        emit workspaceRemoved(id);
        return true;   // never saved, so the file has nothing to forget
    }
    const bool wasCurrent = id == m_currentId;
    if (wasCurrent)
        m_currentId = Workspace::sandboxId();
    save();
    emit workspaceRemoved(id);
    if (wasCurrent)
        emit currentWorkspaceChanged(current());
    return true;
}

void WorkspaceStore::setSandboxEndpoint(const QUrl &endpoint)
{
    m_sandboxEndpoint = endpoint;
    const int row = rowOf(Workspace::sandboxId());
    m_workspaces[row].endpoint = endpoint;
    emit dataChanged(index(row), index(row));
    emit workspaceChanged(m_workspaces.at(row));
    if (m_currentId == Workspace::sandboxId())
        emit currentWorkspaceChanged(m_workspaces.at(row));
}

void WorkspaceStore::save()
{
    WorkspaceFile::Contents contents;
    contents.currentWorkspaceId = m_currentId;
    for (Workspace workspace : m_workspaces) {
        if (m_drafts.contains(workspace.id))
            continue;
        if (workspace.builtInSandbox)
            workspace.endpoint.clear();   // a new free port at each start
        contents.workspaces.append(workspace);
    }
    const QString problem = m_saveRefusal.isEmpty() ? m_file.save(contents) : m_saveRefusal;
    const bool recovered = problem.isEmpty() && !m_saveProblem.isEmpty();
    m_saveProblem = problem;
    if (!problem.isEmpty())
        emit saveFailed(problem);
    else if (recovered)
        emit saveRecovered();
}

QString WorkspaceStore::retrySave()
{
    save();
    return m_saveProblem;
}

} // namespace Config
