#include "config/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

namespace Config {

namespace {

// Runs a keychain job with a deadline: libsecret jobs can hang forever when the GLib event
// dispatcher is missing or the daemon is stuck, and the UI must never wait on that. A job is
// never deleted while its D-Bus call is pending (QtKeychain would then call into freed memory):
// it has no parent, outlives the store if need be, and deletes itself once it finishes.
void runWithTimeout(QKeychain::Job *job, int timeoutMs, std::function<void(QKeychain::Job *, bool timedOut)> finished)
{
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    auto done = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done, finished] {
        job->deleteLater();
        if (*done)
            return;
        *done = true;
        finished(job, false);
    });
    QObject::connect(timer, &QTimer::timeout, job, [job, done, finished] {
        if (*done)
            return;
        *done = true;
        finished(job, true);
    });
    job->setAutoDelete(false);
    timer->start(timeoutMs);
    job->start();
}

bool meansNoKeychain(QKeychain::Error error)
{
    // The libsecret backend reports a missing or locked keyring as OtherError, not as
    // NoBackendAvailable (seen with QtKeychain 0.13).
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError
        || error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser
        || error == QKeychain::NotImplemented;
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString SecretStore::apiKeyName(const QString &workspaceId)
{
    return QStringLiteral("workspace/%1/api-key").arg(workspaceId);
}

void SecretStore::write(const QString &name, const QString &secret, std::function<void()> done)
{
    if (m_storage == Storage::SessionOnly) {
        m_sessionSecrets.insert(name, secret);
        emit secretChanged(name);
        if (done)
            done();
        return;
    }
    auto *writeJob = new QKeychain::WritePasswordJob(m_service);
    writeJob->setKey(name);
    writeJob->setTextData(secret);
    QPointer<SecretStore> self(this);
    runWithTimeout(writeJob, m_jobTimeoutMs, [self, name, secret, done](QKeychain::Job *job, bool timedOut) {
        if (!self)
            return;
        if (timedOut || meansNoKeychain(job->error())) {
            self->fallBackToSession(timedOut ? tr("The system keychain did not answer.") : job->errorString());
            self->m_sessionSecrets.insert(name, secret);
        } else if (job->error() == QKeychain::NoError) {
            self->markKeychainWorking();
        }
        emit self->secretChanged(name);
        if (done)
            done();
    });
}

void SecretStore::read(const QString &name, std::function<void(std::optional<QString>)> done)
{
    if (m_storage == Storage::SessionOnly) {
        done(m_sessionSecrets.contains(name) ? std::optional<QString>(m_sessionSecrets.value(name)) : std::nullopt);
        return;
    }
    auto *readJob = new QKeychain::ReadPasswordJob(m_service);
    readJob->setKey(name);
    QPointer<SecretStore> self(this);
    runWithTimeout(readJob, m_jobTimeoutMs, [self, done](QKeychain::Job *job, bool timedOut) {
        if (!self)
            return;
        if (!timedOut && job->error() == QKeychain::NoError) {
            done(static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
            return;
        }
        // No keychain at all (no Secret Service, access refused) is learned here, without writing;
        // "no such entry" says nothing about the keychain.
        if (timedOut || (job->error() != QKeychain::EntryNotFound && job->error() != QKeychain::OtherError && meansNoKeychain(job->error())))
            self->fallBackToSession(timedOut ? tr("The system keychain did not answer.") : job->errorString());
        done(std::nullopt);
    });
}

void SecretStore::remove(const QString &name, std::function<void()> done)
{
    m_sessionSecrets.remove(name);
    if (m_storage == Storage::SessionOnly) {
        emit secretChanged(name);
        if (done)
            done();
        return;
    }
    auto *deleteJob = new QKeychain::DeletePasswordJob(m_service);
    deleteJob->setKey(name);
    QPointer<SecretStore> self(this);
    runWithTimeout(deleteJob, m_jobTimeoutMs, [self, name, done](QKeychain::Job *, bool) {
        if (!self)
            return;
        emit self->secretChanged(name);
        if (done)
            done();
    });
}

void SecretStore::fallBackToSession(const QString &detail)
{
    m_detail = detail;
    m_problem = tr("This computer's keychain is not set up or did not let the console in, so keys are kept only "
                   "while the console runs, never on disk: enter them again after a restart.");
    if (m_storage == Storage::SessionOnly)
        return;
    m_storage = Storage::SessionOnly;
    emit storageChanged(m_storage);
}

void SecretStore::markKeychainWorking()
{
    if (m_storage == Storage::Keychain)
        return;
    m_storage = Storage::Keychain;
    m_problem.clear();
    m_detail.clear();
    emit storageChanged(m_storage);
}

} // namespace Config
