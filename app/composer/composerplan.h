#pragma once

#include "braze/permissions/permissiontablemodel.h"
#include "composer/bodycheck.h"
#include "composer/composedrequest.h"

#include <QCoreApplication>
#include <QPointer>

class WorkspaceConnection;

namespace Braze {
class RequestHandle;
}

// What the request composer knows about a request before it is sent: the documented endpoint
// it is (or a warning that Braze may not know the path), the permission it needs and whether the
// active key has it (the permission check's verdict), the body's findings, and what stops it
// from being sent at all. send() sends it once through the network layer, as the composer.
struct ComposerPlan
{
    Q_DECLARE_TR_FUNCTIONS(ComposerPlan)

public:
    ComposedRequest request;
    QPointer<WorkspaceConnection> target;
    Braze::EndpointInfo endpoint;   // the Raw entry when the path is not documented
    // Not a documented endpoint, or a {segment} still to fill: sent only if the user wants.
    QString pathWarning;
    QString permission;
    Braze::PermissionState permissionState = Braze::PermissionState::Unknown;
    QList<BodyCheck::Finding> findings;
    // Why nothing can be sent (no workspace, not JSON, a malformed path); empty when it can.
    QString problem;

    static ComposerPlan make(const ComposedRequest &request, WorkspaceConnection *target);

    bool isDocumented() const { return endpoint.id != Braze::Endpoint::Raw; }
    // "Needs the permission users.track: the API key of “Sandbox” has it." and the like.
    QString permissionText() const;
    // The things the user is asked about before sending: a missing permission, an unknown path,
    // values Braze will refuse. Empty when there is nothing to ask.
    QStringList warningsBeforeSending() const;

    Braze::RequestHandle *send() const;
};
