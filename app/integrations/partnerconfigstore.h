#pragma once

#include "integrations/partnerdescription.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace Config { class SecretStore; }

namespace Integrations {

// Where each workspace's partner settings live: the IDs and tables in one JSON file per
// workspace (<folder>/<workspace id>.json, written atomically with AtomicFileWriter), the secret
// fields (Quikly's authorization value) in the keychain through SecretStore, never in a file.
//
//   {"schema": 1, "partners": {"quikly": {"subscription_group_id": "...", ...}, ...}}
class PartnerConfigStore
{
    Q_DECLARE_TR_FUNCTIONS(PartnerConfigStore)

public:
    static constexpr int SchemaVersion = 1;

    // folder empty: <AppConfigLocation>/integrations
    explicit PartnerConfigStore(const QString &folder = {}, Config::SecretStore *secrets = nullptr);

    QString filePath(const QString &workspaceId) const;

    // The partner's saved values, over its defaults. *error says why the file could not be read.
    QJsonObject load(const QString &workspaceId, const PartnerDescription &partner, QString *error = nullptr) const;
    // Whether anything was ever saved for the partner in this workspace.
    bool hasSaved(const QString &workspaceId, const QString &partnerId) const;
    // Replaces the partner's values (secret fields are dropped). Returns an error text or "".
    QString save(const QString &workspaceId, const PartnerDescription &partner, const QJsonObject &values) const;

    // What every page and command works with: the saved values, or in the built-in sandbox a
    // partner never configured there, the sandbox demo workspace's IDs.
    QJsonObject effective(const QString &workspaceId, bool sandbox, const PartnerDescription &partner, QString *error = nullptr) const;

    // Braze's answer when a setting was checked ("Check in Braze"), kept with the value it was
    // given for: {"<field>": {"value": ..., "verdict": "verified"|"refused", "message": ..., "checkedAt": ISO}}.
    // An answer for another value than the saved one no longer says anything.
    QJsonObject checks(const QString &workspaceId, const QString &partnerId) const;
    QString recordCheck(const QString &workspaceId, const QString &partnerId, const QString &fieldId, const QJsonValue &value,
                        bool verified, const QString &message) const;

    // Defaults of every field, and the sandbox demo workspace's IDs where the description has them.
    static QJsonObject defaults(const PartnerDescription &partner);
    static QJsonObject sandboxValues(const PartnerDescription &partner);

    static QString secretName(const QString &workspaceId, const QString &partnerId, const QString &fieldId);
    void writeSecret(const QString &workspaceId, const QString &partnerId, const QString &fieldId, const QString &value,
                     std::function<void()> done = {}) const;
    void readSecret(const QString &workspaceId, const QString &partnerId, const QString &fieldId,
                    std::function<void(std::optional<QString>)> done) const;

private:
    QJsonObject readFile(const QString &workspaceId, QString *error) const;
    QString writeFile(const QString &workspaceId, QJsonObject root) const;

    QString m_folder;
    Config::SecretStore *m_secrets;
};

} // namespace Integrations
