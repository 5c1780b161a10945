#pragma once

#include "braze/log/requestlogentry.h"

#include <QCoreApplication>
#include <QPointer>

class ConsoleSession;
class WorkspaceConnection;

namespace Braze {
class RequestHandle;
}

// "Send again" for a request log entry: where it goes, whether it changes data in Braze (and
// what), whether the target key lacks the permission, or why it cannot be sent at all. The page
// shows the plan and asks before a write; send() then sends exactly one request, through the
// network layer like any other call, with the original's id as its origin.
struct ReplayPlan
{
    Q_DECLARE_TR_FUNCTIONS(ReplayPlan)

public:
    Braze::RequestLogEntry original;
    QPointer<WorkspaceConnection> target;
    QString workspaceName;
    // A POST or DELETE to an endpoint that is not a read: the user confirms first.
    bool changesData = false;
    // What it changes, in words ("updates 2 attribute objects, 1 event and 0 purchases").
    QString change;
    // The permission the endpoint needs when the target's key is known to lack it.
    QString missingPermission;
    // Why it cannot be sent (nothing is sent); empty when it can.
    QString problem;

    static ReplayPlan make(const ConsoleSession &session, const Braze::RequestLogEntry &entry, bool toOriginalWorkspace);
    // The request's effect, in words, from its method, path and body.
    static QString describeChange(const QByteArray &method, const QString &path, const QByteArray &body);
    static bool changesDataAt(const QByteArray &method, const QString &path);

    // Sends it (null when there is a problem or the target is gone).
    Braze::RequestHandle *send() const;
};
