#include "config/workspace.h"

#include <QCoreApplication>
#include <QUuid>

namespace Config {

Workspace Workspace::create(const QString &name)
{
    Workspace workspace;
    workspace.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    workspace.name = name;
    return workspace;
}

QString Workspace::sandboxId()
{
    return QStringLiteral("sandbox");
}

Workspace Workspace::sandbox()
{
    Workspace workspace;
    workspace.id = sandboxId();
    workspace.name = QCoreApplication::translate("Workspace", "Sandbox");
    workspace.builtInSandbox = true;
    workspace.notes = QCoreApplication::translate("Workspace",
        "The built-in sandbox imitates Braze's REST API on this computer, with demo users, "
        "subscription groups, segments and one API key per partner. Nothing you do here reaches Braze.");
    return workspace;
}

QJsonObject Workspace::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("endpoint"), endpoint.toString()},
                       {QStringLiteral("appId"), appId},
                       {QStringLiteral("notes"), notes}};
    if (builtInSandbox)
        object.insert(QStringLiteral("builtInSandbox"), true);
    if (!sandboxKey.isEmpty())
        object.insert(QStringLiteral("sandboxKey"), sandboxKey);
    if (!confirmedCustomHost.isEmpty())
        object.insert(QStringLiteral("confirmedCustomHost"), confirmedCustomHost);
    return object;
}

Workspace Workspace::fromJson(const QJsonObject &object)
{
    Workspace workspace;
    workspace.id = object.value(QStringLiteral("id")).toString();
    workspace.name = object.value(QStringLiteral("name")).toString();
    workspace.endpoint = QUrl(object.value(QStringLiteral("endpoint")).toString());
    workspace.appId = object.value(QStringLiteral("appId")).toString();
    workspace.notes = object.value(QStringLiteral("notes")).toString();
    workspace.builtInSandbox = object.value(QStringLiteral("builtInSandbox")).toBool();
    workspace.confirmedCustomHost = object.value(QStringLiteral("confirmedCustomHost")).toString();
    workspace.sandboxKey = object.value(QStringLiteral("sandboxKey")).toString();
    return workspace;
}

} // namespace Config
