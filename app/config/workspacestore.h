#pragma once

#include "config/workspace.h"
#include "config/workspacefile.h"

#include <QAbstractListModel>
#include <QSet>

namespace Config {

// The list of workspaces and which one is active. Every change is saved at once; the built-in
// sandbox is always the first row and cannot be deleted (its notes, App ID and demo key are
// saved, its name and address are not).
class WorkspaceStore : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        EndpointRole,
        IsSandboxRole,
        IsDraftRole,
    };

    explicit WorkspaceStore(const QString &filePath = WorkspaceFile::defaultPath(), QObject *parent = nullptr);

    // Reads the settings file. Returns what went wrong, in words for the user, or an empty string.
    QString load();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QList<Workspace> workspaces() const { return m_workspaces; }
    std::optional<Workspace> workspace(const QString &id) const;
    int rowOf(const QString &id) const;
    QStringList namesExcept(const QString &id) const;

    Workspace current() const;
    void setCurrent(const QString &id);

    // The add and update functions expect fields already checked with WorkspaceValidator.
    void add(const Workspace &workspace);
    void update(const Workspace &workspace);
    // A new workspace the user has not saved yet: listed, but not written to the file (and
    // never the active one) until update() saves it for the first time; remove() discards it.
    void addDraft(const Workspace &workspace);
    bool isDraft(const QString &id) const { return m_drafts.contains(id); }
    // Returns the copy's id. The copy gets a free name ("Production (copy)").
    QString duplicate(const QString &id);
    // The sandbox cannot be removed; returns false then.
    bool remove(const QString &id);

    // The embedded sandbox picks a free port at each start, so its endpoint is never saved.
    void setSandboxEndpoint(const QUrl &endpoint);

    QString uniqueName(const QString &wanted) const;

    // Empty after a successful save; otherwise why the last save failed (the workspaces in
    // memory are newer than the file). retrySave() tries again and returns the same.
    QString saveProblem() const { return m_saveProblem; }
    QString retrySave();

signals:
    void currentWorkspaceChanged(const Workspace &workspace);
    void workspaceChanged(const Workspace &workspace);
    void workspaceRemoved(const QString &id);
    void saveFailed(const QString &message);
    // After a failed save, once the file holds what the user sees again.
    void saveRecovered();

private:
    void save();

    WorkspaceFile m_file;
    QList<Workspace> m_workspaces;
    QString m_currentId;
    QUrl m_sandboxEndpoint;
    QString m_saveProblem;
    // Set when the file in place could not be read nor kept aside: it is never overwritten.
    QString m_saveRefusal;
    QSet<QString> m_drafts;
};

} // namespace Config
