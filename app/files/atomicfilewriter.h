#pragma once

#include <QCoreApplication>
#include <QString>

// Every file the console writes goes through here. The data goes to a temporary file next to the
// target; every write, the flush and the final rename are checked, and the previous file stays
// untouched until the new one is complete. QSaveFile alone is not enough: in Qt 6.4 its commit()
// ignores a flush that failed on a full disk and renames the truncated temporary file over the
// good one (seen as a 0-byte workspaces.json).
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    // The console's own files get their folder created; an export goes where the user chose,
    // and a folder that is not there is a mistake to report, not to paper over.
    enum class Folder { Create, MustExist };

    // Returns an empty string on success, or the reason in words for the user, naming the file.
    static QString write(const QString &path, const QByteArray &data, Folder folder = Folder::Create);
};
