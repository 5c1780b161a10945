#pragma once

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

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
    // Why the keychain could not be used, for the UI; empty while it works.
    QString keychainProblem() const { return m_problem; }

    // Names are paths such as "workspace/<id>/api-key" or "partner/<workspace id>/quikly/authorization".
    static QString apiKeyName(const QString &workspaceId);

    // Finds out whether the keychain works by writing a harmless entry (a read cannot tell: a
    // locked or missing keyring reads as "no such entry"). storageChanged() reports the answer.
    void probe();

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
    void fallBackToSession(const QString &problem);
    void markKeychainWorking();

    QString m_service;
    Storage m_storage = Storage::Unknown;
    QString m_problem;
    QHash<QString, QString> m_sessionSecrets;   // only when the keychain is unavailable
    int m_jobTimeoutMs = 10000;
};
