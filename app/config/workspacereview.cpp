#include "config/workspacereview.h"

#include "config/fieldcheck.h"
#include "config/workspacevalidator.h"

namespace Config {

WorkspaceReview::Entry WorkspaceReview::check(Workspace workspace, const QStringList &otherNames, const QString &confirmedHost)
{
    workspace.name = workspace.name.trimmed();
    workspace.appId = workspace.appId.trimmed();
    workspace.builtInSandbox = false;
    workspace.sandboxKey.clear();
    workspace.confirmedCustomHost.clear();
    const QString endpointText = workspace.endpoint.toString();
    workspace.endpoint = WorkspaceValidator::normalisedEndpoint(endpointText);

    Entry entry{workspace, Verdict::Accepted, {}};
    const auto refuse = [&entry](const FieldCheck &check) {
        entry.verdict = Verdict::Refused;
        entry.reason = check.message;
        return entry;
    };
    if (const FieldCheck name = WorkspaceValidator::checkName(workspace.name, otherNames); !name.isFine())
        return refuse(name);
    const FieldCheck endpoint = WorkspaceValidator::checkEndpoint(endpointText);
    if (endpoint.isWrong())
        return refuse(endpoint);
    if (const FieldCheck appId = WorkspaceValidator::checkAppId(workspace.appId); !appId.isFine())
        return refuse(appId);
    if (endpoint.verdict == FieldCheck::Verdict::NeedsConfirmation) {
        if (!confirmedHost.isEmpty() && confirmedHost.compare(workspace.endpoint.host(), Qt::CaseInsensitive) == 0) {
            entry.workspace.confirmedCustomHost = workspace.endpoint.host();
        } else {
            entry.verdict = Verdict::NeedsConfirmation;
            entry.reason = endpoint.message;
        }
    }
    return entry;
}

QList<WorkspaceReview::Entry> WorkspaceReview::review(const QList<Workspace> &imported, const QStringList &existingNames)
{
    QStringList taken = existingNames;
    QList<Entry> entries;
    for (Workspace workspace : imported) {
        const QString wanted = workspace.name.trimmed();
        QString name = wanted;
        for (int n = 2; !wanted.isEmpty() && taken.contains(name, Qt::CaseInsensitive); ++n)
            name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
        workspace.name = name;
        Entry entry = check(workspace, taken);
        if (entry.verdict != Verdict::Refused)
            taken.append(entry.workspace.name);
        entries.append(entry);
    }
    return entries;
}

QString WorkspaceReview::describe(const Entry &entry)
{
    return tr("“%1”: %2").arg(entry.workspace.name.isEmpty() ? tr("(no name)") : entry.workspace.name, entry.reason);
}

} // namespace Config
