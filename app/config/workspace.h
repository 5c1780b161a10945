#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Config {

// A Braze workspace as the console knows it. The REST API key is not here: it lives in the
// OS keychain (SecretStore), under the workspace's id.
struct Workspace
{
    // Notes are for a few paragraphs; Qt's text layout needs seconds for megabytes of them.
    static constexpr int MaxNotesLength = 100000;

    QString id;                 // stable, generated once; names the keychain entry
    QString name;
    QUrl endpoint;              // REST base URL without a trailing slash
    QString appId;              // optional: identifies one app inside the workspace
    QString notes;
    bool builtInSandbox = false;
    // Sandbox only: which of the sandbox's demo keys the workspace uses (they are public test
    // values, not secrets); empty means the key with every permission.
    QString sandboxKey;
    // The user confirmed once that an endpoint which is not a known Braze REST host is right.
    QString confirmedCustomHost;

    static Workspace create(const QString &name);
    static Workspace sandbox();
    static QString sandboxId();

    QJsonObject toJson() const;
    static Workspace fromJson(const QJsonObject &object);

    bool operator==(const Workspace &other) const = default;
};

} // namespace Config
