#pragma once

#include "sandbox/sandboxstate.h"

#include <QString>
#include <optional>

// Reads and writes the sandbox state as one JSON file. Writes go through AtomicFileWriter, so a crash
// or a full disk leaves the previous file intact.
class StateFile
{
public:
    static bool save(const QString &path, const SandboxState &state, QString *error);
    // std::nullopt and an error text when the file is missing, unreadable or not a state file.
    static std::optional<SandboxState> load(const QString &path, QString *error);
};
