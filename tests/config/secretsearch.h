#pragma once

#include <QDirIterator>
#include <QFile>
#include <QStringList>

// Every file below the folders whose content contains the secret: the proof that a key never
// lands on disk in plain text.
inline QStringList filesContaining(const QStringList &folders, const QByteArray &secret)
{
    QStringList hits;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                hits.append(file.fileName());
        }
    }
    return hits;
}
