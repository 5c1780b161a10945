#pragma once

#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxstate.h"

#include <QString>
#include <optional>

namespace Sandbox {

// Reads and writes the sandbox state as one JSON file, with the settings /_sandbox/config changed
// (a shorter double opt-in confirmation, a rate scale), so a sandbox started again on the file (the
// next braze-cli command) behaves as the last one was told to. Writes go through AtomicFileWriter,
// so a crash or a full disk leaves the previous file intact.
class StateFile
{
public:
    static bool save(const QString &path, const SandboxState &state, const SandboxConfig &config, QString *error);
    // std::nullopt and an error text when the file is missing, unreadable or not a state file.
    // `config` receives the saved settings (empty in files written before they were kept).
    static std::optional<SandboxState> load(const QString &path, QString *error, QJsonObject *config = nullptr);
};

} // namespace Sandbox
