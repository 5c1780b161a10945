#include "sandbox/statefilelock.h"

#include "files/atomicfilewriter.h"

#include <QFile>
#include <QHostAddress>

namespace Sandbox {

StateFileLock::StateFileLock(const QString &statePath)
    : m_statePath(statePath)
    , m_lock(statePath + QStringLiteral(".lock"))
{
    m_lock.setStaleLockTime(0);   // held as long as its sandbox runs; a dead holder's lock is stale
}

StateFileLock::~StateFileLock()
{
    if (m_announced)
        QFile::remove(addressFile(m_statePath));
}

bool StateFileLock::acquire(int waitMs, QString *error)
{
    if (m_lock.tryLock(waitMs)) {
        // Whoever announced an address before (a console that crashed) no longer serves this file.
        QFile::remove(addressFile(m_statePath));
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock.error() == QLockFile::LockFailedError && m_lock.getLockInfo(&pid, &host, &application)) {
        *error = tr("The sandbox's state file %1 is in use by %2 (process %3). Close it or wait until it ends, then try again.")
                     .arg(m_statePath, application.isEmpty() ? tr("another program") : application)
                     .arg(pid);
    } else {
        *error = tr("The sandbox's state file %1 cannot be locked (%2): check that its folder is writable.")
                     .arg(m_statePath, m_lock.error() == QLockFile::PermissionError ? tr("permission denied") : tr("unknown error"));
    }
    return false;
}

void StateFileLock::announce(const QUrl &baseUrl)
{
    if (!m_lock.isLocked())
        return;
    m_announced = AtomicFileWriter::write(addressFile(m_statePath), baseUrl.toEncoded()).isEmpty();
}

QUrl StateFileLock::runningSandbox(const QString &statePath)
{
    QLockFile probe(statePath + QStringLiteral(".lock"));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {   // nobody runs a sandbox on it (a crashed one's lock is taken over)
        probe.unlock();
        return {};
    }
    QFile file(addressFile(statePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};   // a braze-cli command's own sandbox: it announces nothing, and ends soon
    const QUrl url = QUrl::fromEncoded(file.read(256).trimmed(), QUrl::StrictMode);
    // Only this computer: the file could have been written by anyone who can write the folder.
    if (url.scheme() != QLatin1String("http") || !QHostAddress(url.host()).isLoopback() || url.port() <= 0)
        return {};
    return url;
}

QString StateFileLock::addressFile(const QString &statePath)
{
    return statePath + QStringLiteral(".address");
}

} // namespace Sandbox
