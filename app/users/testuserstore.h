#pragma once

#include "users/savedtestuser.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace Users {

// The saved test users of every workspace, for one-click reuse on the test-user page, in the
// webhook preview and in the workflows. Kept as JSON (test-users.json under the application's
// data folder), written atomically with AtomicFileWriter; it holds identifiers only, no secrets.
//
//     TestUserStore store;            // or TestUserStore(path) in tests
//     store.load();
//     for (const SavedTestUser &u : store.list(workspace.id)) ...
class TestUserStore : public QObject
{
    Q_OBJECT

public:
    // path: the JSON file; empty = defaultPath().
    explicit TestUserStore(const QString &path = {}, QObject *parent = nullptr);

    static QString defaultPath();
    QString path() const { return m_path; }

    // Reads the file. A missing file is an empty store; a damaged one is reported (and left
    // untouched until the next change). Returns the problem in words for the user, or empty.
    QString load();

    QList<SavedTestUser> list(const QString &workspaceId) const { return m_users.value(workspaceId); }
    // Adds or, when the same identifier is already saved, renames. Returns a problem or empty.
    QString add(const QString &workspaceId, const SavedTestUser &user);
    // Removes the saved user with this identifier. Returns a problem or empty.
    QString remove(const QString &workspaceId, const Braze::UserIdentifier &user);
    bool contains(const QString &workspaceId, const Braze::UserIdentifier &user) const;

signals:
    void changed(const QString &workspaceId);

private:
    QString save();

    QString m_path;
    QHash<QString, QList<SavedTestUser>> m_users;
};

} // namespace Users
