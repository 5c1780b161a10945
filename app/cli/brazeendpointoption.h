#pragma once

#include "braze/clientconfig.h"
#include "config/workspace.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Sandbox { class SandboxHost; }

// What braze-cli talks to, chosen by one rule for every command that calls Braze (probe, call,
// user, run), with the options they share: --endpoint, --workspace, --timeout, --allow-custom-host.
//  - --endpoint URL: that endpoint, checked as the workspace editor checks it, with the key from
//    BRAZE_API_KEY; --workspace then only says whose partner settings apply.
//  - otherwise the saved workspace named by --workspace, or the console's active one: its endpoint,
//    its key from BRAZE_API_KEY or else the keychain. The built-in sandbox (the active workspace
//    when nothing is configured) is started inside braze-cli on the console's sandbox state, so one
//    command continues where the console or the previous command left off.
namespace BrazeEndpointOption {

struct Target
{
    // Defined where SandboxHost is complete (its header is not spread to every command).
    Target();
    Target(Target &&) noexcept;
    Target &operator=(Target &&) noexcept;
    ~Target();

    Braze::ClientConfig config;
    // The saved workspace whose partner settings apply; empty when --endpoint alone named the target.
    std::optional<Config::Workspace> workspace;
    // The endpoint is this computer (the built-in sandbox, or `braze-cli sandbox`).
    bool loopback = false;
    // The built-in sandbox while the command runs. Declare clients after the Target, so they end first.
    std::unique_ptr<Sandbox::SandboxHost> sandbox;
    // The built-in sandbox is the one the running console (or `braze-cli sandbox`) serves.
    bool sharedSandbox = false;
};

// withEndpoint false: the command already has an --endpoint option of its own (webhook's).
void add(QCommandLineParser &parser, bool withEndpoint = true);
// Prints why no target can be used and returns nothing then.
std::optional<Target> resolve(const QCommandLineParser &parser, QTextStream &err);

} // namespace BrazeEndpointOption
