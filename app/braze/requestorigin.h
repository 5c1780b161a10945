#pragma once

#include <QString>

namespace Braze {

// Where a call came from, so the request log can say it: the start-up permission check, a step
// of a partner workflow, the Test users page, a webhook test, the request composer or a "Send
// again" of an earlier entry. The caller sets it on the ApiRequest; it travels into the log entry.
struct RequestOrigin
{
    enum class Kind { Other, PermissionCheck, Workflow, TestUsers, WebhookTest, Composer, Replay, CommandLine };

    Kind kind = Kind::Other;
    // The workflow and step ("Quikly: e-mail sign-up, step 2: Track the sign-up"), in the
    // language of the run; empty for the other kinds.
    QString detail;
    // For a replay: the call id of the entry sent again (0: none).
    quint64 replayOf = 0;

    static RequestOrigin workflow(const QString &workflowTitle, int stepNumber, const QString &stepTitle);

    // What the log shows in its Origin column ("Workflow: …", "Permission check (harmless)").
    QString label() const;
    // A stable name for files and filters ("permission-check", "workflow", ...).
    QString key() const;
    static Kind kindFromKey(const QString &key);
};

} // namespace Braze
