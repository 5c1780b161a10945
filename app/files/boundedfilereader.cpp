#include "files/boundedfilereader.h"

#include <QDir>
#include <QFile>
#include <QLocale>

BoundedFileReader::Result BoundedFileReader::read(const QString &path, qint64 maxBytes)
{
    Result result;
    const bool standardInput = path == QLatin1String("-");
    const QString shown = standardInput ? tr("standard input") : QDir::toNativeSeparators(path);
    const QString tooLarge = tr("%1 is larger than %2, the most the console reads from one file.").arg(shown, sizeText(maxBytes));
    QFile file;
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        result.problem = tr("Could not open %1: %2.").arg(shown, file.errorString());
        return result;
    }
    if (!file.isSequential() && file.size() > maxBytes) {
        result.problem = tooLarge;
        result.tooLarge = true;
        return result;
    }
    // Read in pieces up to one byte past the limit: a device reports size 0 and never ends.
    constexpr qint64 Piece = 64 * 1024;
    while (result.data.size() <= maxBytes) {
        const QByteArray piece = file.read(std::min(Piece, maxBytes + 1 - result.data.size()));
        if (piece.isEmpty()) {   // the end, or an error (QFile blocks until either)
            if (file.error() != QFileDevice::NoError)
                result.problem = tr("Could not read %1: %2.").arg(shown, file.errorString());
            break;
        }
        result.data += piece;
    }
    if (result.problem.isEmpty() && result.data.size() > maxBytes) {
        result.problem = tooLarge;
        result.tooLarge = true;
    }
    if (!result.problem.isEmpty())
        result.data.clear();
    return result;
}

QString BoundedFileReader::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}
