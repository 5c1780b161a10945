#pragma once

#include "braze/brazeclient.h"
#include "braze/permissions/permissionprobe.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace Integrations {

// What a workflow run talks to. The page builds it from the active workspace, the CLI from
// its flags, tests from their own sandbox.
struct RunEnvironment
{
    QPointer<Braze::BrazeClient> client;
    // The run goes to the built-in sandbox: parameters take their sandbox defaults (short waits).
    bool sandbox = false;
    QString endpoint;
    // The partner's saved configuration (secrets left out).
    QJsonObject config;
    // The workspace's permission probe, shared with the requirements checklist; null: a
    // verify-permissions step probes with a probe of its own.
    QPointer<Braze::PermissionProbe> probe;
    // Asks the console to show a page ("webhooks", "preset:quikly"); null in the CLI.
    std::function<void(const QString &page, const QString &argument)> navigate;
    // The workflow and step the calls belong to, for the request log (the runner sets it per step).
    Braze::RequestOrigin origin;
};

} // namespace Integrations
