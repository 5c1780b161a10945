#include "requestreplay.h"

#include "braze/brazeclient.h"
#include "consolesession.h"
#include "braze/log/redactor.h"
#include "braze/permissions/permissionprobe.h"
#include "workspaceconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

qsizetype countOf(const QJsonObject &body, const char *key)
{
    return body.value(QLatin1String(key)).toArray().size();
}

} // namespace

bool ReplayPlan::changesDataAt(const QByteArray &method, const QString &path)
{
    if (method.compare("GET", Qt::CaseInsensitive) == 0 || method.compare("HEAD", Qt::CaseInsensitive) == 0)
        return false;
    // Braze's exports are POSTs that only read (braze-api.md §11.2).
    return !path.startsWith(QLatin1String("/users/export/"));
}

QString ReplayPlan::describeChange(const QByteArray &method, const QString &path, const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (path == QLatin1String("/users/track"))
        return tr("It updates user profiles again (attribute objects: %1, events: %2, purchases: %3). Events and purchases are "
                  "recorded a second time.")
            .arg(countOf(json, "attributes")).arg(countOf(json, "events")).arg(countOf(json, "purchases"));
    if (path == QLatin1String("/users/delete"))
        return tr("It deletes %n user profile(s) for good.", nullptr,
                  int(countOf(json, "external_ids") + countOf(json, "user_aliases") + countOf(json, "braze_ids")));
    if (path == QLatin1String("/users/alias/new"))
        return tr("It adds %n alias(es) to user profiles.", nullptr, int(countOf(json, "user_aliases")));
    if (path == QLatin1String("/users/identify"))
        return tr("It merges %n alias-only profile(s) into identified profiles.", nullptr, int(countOf(json, "aliases_to_identify")));
    if (path.endsWith(QLatin1String("/subscription/status/set")))
        return tr("It changes subscription states of users again.");
    if (path == QLatin1String("/messages/send") || path.endsWith(QLatin1String("/trigger/send")))
        return tr("It sends the message again: recipients get it a second time.");
    if (path.startsWith(QLatin1String("/messages/schedule/")))
        return tr("It creates, changes or deletes a scheduled message again.");
    if (path == QLatin1String("/sends/id/create"))
        return tr("It creates another send ID (Braze allows 100 a day per workspace).");
    if (changesDataAt(method, path))
        return tr("It may change data in the workspace.");
    return tr("It only reads; nothing is changed.");
}

ReplayPlan ReplayPlan::make(const ConsoleSession &session, const Braze::RequestLogEntry &entry, bool toOriginalWorkspace)
{
    ReplayPlan plan;
    plan.original = entry;
    plan.target = toOriginalWorkspace ? session.connectionNamed(entry.workspace) : session.connection();
    plan.workspaceName = plan.target ? plan.target->workspace().name : entry.workspace;
    const QUrl url(entry.url);
    plan.changesData = changesDataAt(entry.method, url.path());
    plan.change = describeChange(entry.method, url.path(), entry.requestBody);
    const QByteArray redacted(Braze::Redactor::SecretPlaceholder);
    const bool secretLeftOut = entry.requestBody.contains(redacted)
        || std::any_of(entry.requestHeaders.cbegin(), entry.requestHeaders.cend(), [&](const auto &header) {
               return header.second == redacted && header.first.compare("Authorization", Qt::CaseInsensitive) != 0;
           })
        || (!entry.carriesApiKey && !Braze::headerValue(entry.requestHeaders, "Authorization").isEmpty());
    if (!plan.target) {
        plan.problem = toOriginalWorkspace
            ? tr("The console has no connection to “%1” in this run. Make it the active workspace, then send again.").arg(entry.workspace)
            : tr("No workspace is connected. Choose one on the Workspaces page.");
    } else if (!entry.carriesApiKey && !toOriginalWorkspace) {
        plan.problem = tr("This request went to a partner, not to Braze; it can only be sent to the same address again.");
    } else if (secretLeftOut) {
        plan.problem = tr("The log does not keep the partner secret this request carried. Send it again from the page that sent it.");
    } else if (entry.requestBody.contains(QCoreApplication::translate("RequestLog", "(shortened in the log)").toUtf8())) {
        plan.problem = tr("The log kept only the beginning of this request's body, so it cannot be sent again.");
    }
    const QString permission = Braze::endpointFor(entry.method, url.path()).permission;
    if (plan.target && entry.carriesApiKey && !permission.isEmpty()
        && plan.target->permissions().model()->state(permission) == Braze::PermissionState::Missing)
        plan.missingPermission = permission;
    return plan;
}

Braze::RequestHandle *ReplayPlan::send() const
{
    if (!problem.isEmpty() || !target)
        return nullptr;
    Braze::RequestOrigin origin;
    origin.kind = Braze::RequestOrigin::Kind::Replay;
    origin.replayOf = original.callId;
    const QUrl url(original.url);
    Braze::BrazeClient &client = target->client();
    if (!original.carriesApiKey) {
        QList<Braze::RequestHeader> headers;
        for (const auto &[name, value] : original.requestHeaders)
            headers.append({name, value, false});
        return client.externalCall(original.method, url, original.requestBody, headers, origin);
    }
    QString pathAndQuery = url.path();
    if (url.hasQuery())
        pathAndQuery += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return client.rawCall(original.method, pathAndQuery, original.requestBody, origin);
}
