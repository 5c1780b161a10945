#include "files/atomicfilewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

QString AtomicFileWriter::write(const QString &path, const QByteArray &data, Folder folder)
{
    const auto failed = [&path](const QString &reason) {
        return tr("Could not save %1: %2. The previous version of the file was kept.")
            .arg(QDir::toNativeSeparators(path), reason);
    };
    const QString folderPath = QFileInfo(path).absolutePath();
    if (folder == Folder::MustExist && !QFileInfo(folderPath).isDir())
        return failed(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folderPath)));
    if (!QDir().mkpath(folderPath))
        return failed(tr("the folder %1 could not be created").arg(QDir::toNativeSeparators(folderPath)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // The system's own words (“No space left on device”) say more than QFileDevice's
    // “Unknown error”, so errno is read right after each step that can fail.
    errno = 0;
    if (file.write(data) != data.size() || !file.flush()) {
        const QString reason = errno != 0 ? qt_error_string(errno) : file.errorString();
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}
