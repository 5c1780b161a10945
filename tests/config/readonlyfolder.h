#pragma once

#include <QFile>
#include <QFileDevice>
#include <QString>

#if defined(__linux__)
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

// While it lives, nothing can be created in a folder, whoever runs the test. A normal user loses
// the write permission; root, whom file modes do not stop, gets the folder marked immutable
// (what chattr +i does: it needs CAP_LINUX_IMMUTABLE and a file system that keeps the flag).
// isReadOnly() says whether it worked, checked by trying to create a file; the destructor undoes
// it so the temporary folder can be removed.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(QString path) : m_path(std::move(path))
    {
#if defined(__linux__)
        if (geteuid() == 0) {
            m_immutable = setImmutable(true);
            return;
        }
#endif
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    ~ReadOnlyFolder()
    {
#if defined(__linux__)
        if (m_immutable) {
            setImmutable(false);
            return;
        }
#endif
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    bool isReadOnly() const
    {
        QFile probe(m_path + QStringLiteral("/.write-probe"));
        if (!probe.open(QIODevice::WriteOnly))
            return true;
        probe.remove();
        return false;
    }

private:
#if defined(__linux__)
    bool setImmutable(bool on) const
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_DIRECTORY);
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (ok) {
            flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        ::close(fd);
        return ok;
    }
    bool m_immutable = false;
#endif
    QString m_path;
};
