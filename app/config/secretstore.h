#pragma once

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace Config {

// API keys and partner authorization values, kept in the OS keychain (QtKeychain: the Secret
// Service on Linux, Keychain on macOS, Credential Manager on Windows). When no keychain answers,
// secrets are kept in memory for this session only and the UI says so: they are never written
// to a file. All calls are asynchronous; the callbacks run on the caller's thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Storage {
        Unknown,        // nothing written yet
        Keychain,
        SessionOnly,    // no keychain: secrets vanish when the console quits
    };
    Q_ENUM(Storage)

    explicit SecretStore(const QString &service = QStringLiteral("braze-console"), QObject *parent = nullptr);

    Storage storage() const { return m_storage; }
    // Why the keychain could not be used and what that means for the keys, in words for a
    // marketer; empty while it works. keychainDetail() is the system's own message, for a tooltip.
    QString keychainProblem() const { return m_problem; }
    QString keychainDetail() const { return m_detail; }

    // Names are paths such as "workspace/<id>/api-key" or "partner/<workspace id>/quikly/authorization".
    static QString apiKeyName(const QString &workspaceId);

    // Nothing is written to the keychain until a secret is saved: whether it works is learned
    // from the first read that fails for want of a keychain, or from the first write (writing a
    // test entry at start made GNOME ask for a new keyring's password at every start).
    void write(const QString &name, const QString &secret, std::function<void()> done = {});
    // Calls back with std::nullopt when there is no such secret.
    void read(const QString &name, std::function<void(std::optional<QString>)> done);
    void remove(const QString &name, std::function<void()> done = {});

    // A job that never finishes (a keychain daemon that hangs) counts as no keychain.
    void setJobTimeout(int milliseconds) { m_jobTimeoutMs = milliseconds; }

signals:
    void storageChanged(SecretStore::Storage storage);
    // A secret was written or removed (wherever it is kept).
    void secretChanged(const QString &name);

private:
    void fallBackToSession(const QString &detail);
    void markKeychainWorking();

    QString m_service;
    Storage m_storage = Storage::Unknown;
    QString m_problem;
    QString m_detail;
    QHash<QString, QString> m_sessionSecrets;   // only when the keychain is unavailable
    int m_jobTimeoutMs = 10000;
};

} // namespace Config
