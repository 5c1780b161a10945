#include "cli/webhookimport.h"

#include "webhook/curlimport.h"
#include "webhook/secretreference.h"
#include "webhook/templatefile.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

using namespace Webhook;

namespace {

constexpr qint64 MaxCommandBytes = 1024 * 1024;

} // namespace

int runCurlImport(QIODevice &input, const QString &outputPath, QTextStream &out, QTextStream &err)
{
    const QByteArray command = input.read(MaxCommandBytes + 1);
    if (command.size() > MaxCommandBytes) {
        err << QCoreApplication::translate("WebhookCommand", "The command is longer than 1 MB; paste one cURL command.") << '\n';
        return 1;
    }
    CurlImport import;
    QString error;
    if (!CurlImport::parse(QString::fromUtf8(command), &import, &error)) {
        err << error << '\n';
        return 1;
    }
    for (const QString &note : std::as_const(import.notes))
        err << QCoreApplication::translate("WebhookCommand", "note: %1").arg(note) << '\n';
    if (!import.secretName.isEmpty())
        err << QCoreApplication::translate("WebhookCommand", "The Authorization value is not in the template: it refers to the partner secret %1. "
                  "Set %2 to send with it.")
                   .arg(import.secretName, SecretReference::environmentVariable(import.secretName))
            << '\n';
    if (outputPath.isEmpty()) {
        out << QJsonDocument(import.webhook.toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (!TemplateFile::write(outputPath, import.webhook, &error)) {
        err << error << '\n';
        return 2;
    }
    out << QCoreApplication::translate("WebhookCommand", "Template written to %1.").arg(outputPath) << '\n';
    return 0;
}
