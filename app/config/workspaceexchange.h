#pragma once

#include "config/workspace.h"

#include <QCoreApplication>
#include <QList>

namespace Config {

// Export and import of workspaces as a JSON file a colleague can import. Keys are never part
// of it: whoever imports enters the key into their own keychain.
class WorkspaceExchange
{
    Q_DECLARE_TR_FUNCTIONS(Config::WorkspaceExchange)

public:
    static QByteArray exportJson(const QList<Workspace> &workspaces);

    struct ImportResult
    {
        QList<Workspace> workspaces;   // with fresh ids; names may still clash with existing ones
        QString problem;               // empty when the file was read
    };
    static ImportResult importJson(const QByteArray &data);

    // Writes atomically; returns the problem in words, or an empty string.
    static QString exportToFile(const QList<Workspace> &workspaces, const QString &path);
    static ImportResult importFromFile(const QString &path);
};

} // namespace Config
