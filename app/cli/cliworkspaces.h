#pragma once

#include "config/workspace.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace Config { class SecretStore; }
namespace Config { class WorkspaceStore; }

// What the workspace and integration commands share: the saved workspaces read as the console
// reads them (a damaged file is kept aside and reported in the console's words), a workspace
// named by name or id, and keychain calls waited for.
class CliWorkspaces
{
    Q_DECLARE_TR_FUNCTIONS(CliWorkspaces)

public:
    // Loads the store; prints what went wrong while reading and returns false then.
    static bool load(Config::WorkspaceStore &store, QTextStream &err);
    // By id or (case-insensitive) name; empty: the active workspace. Prints why not found.
    static std::optional<Config::Workspace> find(const Config::WorkspaceStore &store, const QString &nameOrId, QTextStream &err);

    static std::optional<QString> readSecret(Config::SecretStore &secrets, const QString &name);
    // Writes and waits; returns false when the secret could only be kept for this run (no keychain).
    static bool writeSecret(Config::SecretStore &secrets, const QString &name, const QString &value);
    static void removeSecret(Config::SecretStore &secrets, const QString &name);
};
