#include "webhook/templatefile.h"

#include "files/atomicfilewriter.h"
#include "files/boundedfilereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Webhook::TemplateFile {

namespace {
// lupdate and the runtime agree on this context because both read it from the macro.
struct TemplateFileText
{
    Q_DECLARE_TR_FUNCTIONS(Webhook::TemplateFile)
};
} // namespace

bool write(const QString &path, const WebhookTemplate &webhook, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString problem = AtomicFileWriter::write(path, QJsonDocument(webhook.toJson()).toJson(QJsonDocument::Indented));
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool read(const QString &path, WebhookTemplate *webhook, QString *error)
{
    const BoundedFileReader::Result read = BoundedFileReader::read(path, BoundedFileReader::MaxInputFileBytes);
    if (!read.problem.isEmpty()) {
        if (error)
            *error = read.problem;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(read.data, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = TemplateFileText::tr("“%1” is not a webhook template: %2.")
                         .arg(QDir::toNativeSeparators(path),
                              parseError.error == QJsonParseError::NoError ? TemplateFileText::tr("it holds no JSON object") : parseError.errorString());
        return false;
    }
    QString reason;
    if (!WebhookTemplate::fromJson(doc.object(), webhook, &reason)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

} // namespace Webhook::TemplateFile
