#include "composer/composerplan.h"

#include "braze/brazeclient.h"
#include "braze/permissions/permissionprobe.h"
#include "workspaceconnection.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Braze;

ComposerPlan ComposerPlan::make(const ComposedRequest &request, WorkspaceConnection *target)
{
    ComposerPlan plan;
    plan.request = request;
    plan.target = target;
    const QByteArray method = request.method.toUpper();
    const QString path = request.path.trimmed();
    plan.endpoint = endpointFor(method, path);
    plan.findings = BodyCheck::check(plan.endpoint, method, request.body);

    static const QRegularExpression placeholder(QStringLiteral("\\{[^/{}]*\\}"));
    if (const QRegularExpressionMatch open = placeholder.match(path); open.hasMatch())
        plan.pathWarning = tr("Replace %1 in the path with a real value.").arg(open.captured());
    else if (!plan.isDocumented() && path.startsWith(QLatin1Char('/')))
        plan.pathWarning = tr("%1 %2 is not in Braze's documented list: Braze may not know it (it would answer 404). "
                              "It is sent anyway if you want.").arg(QString::fromLatin1(method), path);

    if (plan.isDocumented()) {
        plan.permission = plan.endpoint.permission;
        if (target && !plan.permission.isEmpty())
            plan.permissionState = target->permissions().model()->state(plan.permission);
    }
    const ValidationIssues issues = BrazeClient::rawCallProblems(method, request.pathAndQuery(), request.body.toUtf8());
    const bool notJson = std::any_of(plan.findings.cbegin(), plan.findings.cend(), [](const BodyCheck::Finding &f) { return f.syntax; });
    if (!target)
        plan.problem = tr("No workspace is connected. Choose one on the Workspaces page.");
    else if (notJson)
        plan.problem = tr("The body is not valid JSON; the mistake is marked in the editor.");
    else if (!issues.isEmpty())
        plan.problem = issues.first().message;
    return plan;
}

QString ComposerPlan::permissionText() const
{
    if (request.path.trimmed().isEmpty())
        return tr("Pick an endpoint on the left, or type a path.");
    if (permission.isEmpty())
        return isDocumented() ? tr("Braze documents no permission for this endpoint.") : tr("The permission this path needs is not known.");
    const QString workspace = target ? target->workspace().name : QString();
    if (!target)
        return tr("Needs the permission %1.").arg(permission);
    switch (permissionState) {
    case PermissionState::Granted:
        return tr("Needs the permission %1: the API key of “%2” has it.").arg(permission, workspace);
    case PermissionState::Missing:
        return tr("Needs the permission %1: the API key of “%2” lacks it, so Braze will refuse the call.").arg(permission, workspace);
    case PermissionState::Unknown:
        break;
    }
    return tr("Needs the permission %1: the permission check could not tell whether the API key of “%2” has it.").arg(permission, workspace);
}

QStringList ComposerPlan::warningsBeforeSending() const
{
    QStringList warnings;
    if (permissionState == PermissionState::Missing)
        warnings.append(tr("The permission check found that the API key of “%1” lacks the permission %2: Braze will most likely refuse "
                           "the request.").arg(target ? target->workspace().name : QString(), permission));
    if (!pathWarning.isEmpty())
        warnings.append(pathWarning);
    const qsizetype refused = std::count_if(findings.cbegin(), findings.cend(), [](const BodyCheck::Finding &f) { return !f.syntax; });
    if (refused > 0)
        warnings.append(tr("The body has %n value(s) Braze will refuse; they are listed under the editor.", nullptr, int(refused)));
    return warnings;
}

RequestHandle *ComposerPlan::send() const
{
    if (!problem.isEmpty() || !target)
        return nullptr;
    RequestOrigin origin;
    origin.kind = RequestOrigin::Kind::Composer;
    return target->client().rawCall(request.method.toUpper(), request.pathAndQuery(), request.body.toUtf8(), origin);
}
