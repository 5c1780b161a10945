#pragma once

#include "config/workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Config {

// The workspaces' settings file: JSON with a schema version, written atomically
// (AtomicFileWriter), so a crash or a full disk never leaves half a file. A file that cannot be
// read, or has the wrong shape or entries of the wrong type, is never overwritten: it is moved
// aside with a timestamp and the user is told. Notes longer than Workspace::MaxNotesLength are
// shortened on loading, with a message and a complete copy kept aside.
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(Config::WorkspaceFile)

public:
    static constexpr int SchemaVersion = 1;
    // Far above any real settings file (a hundred workspaces with full notes is 20 MB).
    static constexpr qint64 MaxFileBytes = 32 * 1024 * 1024;

    struct Contents
    {
        QList<Workspace> workspaces;
        QString currentWorkspaceId;
    };

    struct LoadResult
    {
        Contents contents;
        // Empty when the file was read (or did not exist yet); otherwise what happened, in words
        // for the user, naming where the unreadable file was kept.
        QString problem;
        QString keptAsidePath;
        // False when a file that could not be read, or not be kept aside, is still in place:
        // saving then would destroy what the user may still recover.
        bool mayOverwrite = true;
    };

    explicit WorkspaceFile(const QString &path);

    // <AppConfigLocation>/workspaces.json
    static QString defaultPath();
    QString path() const { return m_path; }

    LoadResult load() const;
    // Returns an empty string on success, or the reason in words for the user.
    QString save(const Contents &contents) const;

private:
    enum AsideMode { MoveAside, CopyAside };
    // Returns where the file was kept, or an empty string when it could not be.
    QString keepAside(AsideMode mode) const;

    QString m_path;
};

} // namespace Config
