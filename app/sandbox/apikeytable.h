#pragma once

#include <QHostAddress>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sandbox {

struct ApiKey
{
    QString name;
    QString key;
    QStringList permissions;
    bool revoked = false;
    QStringList allowedIps;     // addresses or CIDR subnets; empty = any address

    bool allowsAddress(const QHostAddress &peer) const;
    QJsonObject toJson() const;
    static ApiKey fromJson(const QJsonObject &object);
};

// The workspace's REST API keys and what each may do. Braze checks that a key exists and is
// active (else 401), then that it holds the endpoint's permission (else 403).
class ApiKeyTable
{
public:
    // Fixed demo keys. They are deliberately not UUID-shaped so nobody mistakes them for real keys.
    static constexpr const char *QuiklyKey = "sandbox-quikly-0000000000000001";
    static constexpr const char *SmarterSendsKey = "sandbox-smartersends-0000000000000002";
    static constexpr const char *ActionIqKey = "sandbox-actioniq-0000000000000003";
    static constexpr const char *OutgrowKey = "sandbox-outgrow-0000000000000004";
    static constexpr const char *AllPermissionsKey = "sandbox-all-permissions-0000000000000005";
    static constexpr const char *RevokedKey = "sandbox-revoked-0000000000000006";
    static constexpr const char *AllowlistedKey = "sandbox-allowlisted-0000000000000007";

    // Every permission name the dashboard offers (braze-api.md §6).
    static QStringList allPermissions();
    static ApiKeyTable demo();

    const ApiKey *find(const QString &key) const;
    void add(const ApiKey &key);
    const QList<ApiKey> &keys() const { return m_keys; }

    QJsonArray toJson() const;
    static ApiKeyTable fromJson(const QJsonArray &array);

private:
    QList<ApiKey> m_keys;
};

} // namespace Sandbox
