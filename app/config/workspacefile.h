#pragma once

#include "config/workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The workspaces' settings file: JSON with a schema version, written atomically (QSaveFile:
// write, flush, rename), so a crash never leaves half a file. A file that cannot be read is
// never overwritten silently: it is moved aside with a timestamp and the user is told.
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)

public:
    static constexpr int SchemaVersion = 1;

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
    };

    explicit WorkspaceFile(const QString &path);

    // <AppConfigLocation>/workspaces.json
    static QString defaultPath();
    QString path() const { return m_path; }

    LoadResult load() const;
    // Returns an empty string on success, or the reason in words for the user.
    QString save(const Contents &contents) const;

private:
    QString keepAside() const;

    QString m_path;
};
