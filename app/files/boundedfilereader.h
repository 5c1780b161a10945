#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads a whole input file (a template, a JSON body, an import) only when it is not larger than
// a limit, checked before reading and again while reading: a device or a pipe (/dev/zero, a
// FIFO) has no size up front, so at most limit + 1 bytes are ever read.
class BoundedFileReader
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFileReader)

public:
    // Templates, JSON bodies, user files, imports: far above any real one (a Braze message body
    // is limited to a few hundred KB), far below what would strain memory.
    static constexpr qint64 MaxInputFileBytes = 8 * 1024 * 1024;

    struct Result
    {
        QByteArray data;
        // Empty when the file was read; otherwise the reason in words for the user, naming the
        // file and, when it is too large, the limit.
        QString problem;
        bool tooLarge = false;
    };

    // "-" reads standard input, with the same limit.
    static Result read(const QString &path, qint64 maxBytes);
    // "1 MB", "512 KB", in the user's locale.
    static QString sizeText(qint64 bytes);
};
