#include "config/workspaceexchange.h"

#include "files/atomicfilewriter.h"
#include "files/boundedfilereader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Config {

namespace {
const QString FormatName = QStringLiteral("braze-console-workspaces");
constexpr int FormatVersion = 1;
constexpr qint64 MaximumImportSize = 4 * 1024 * 1024;
}

QByteArray WorkspaceExchange::exportJson(const QList<Workspace> &workspaces)
{
    QJsonArray array;
    for (const Workspace &workspace : workspaces) {
        if (workspace.builtInSandbox)
            continue;
        QJsonObject object = workspace.toJson();
        object.remove(QStringLiteral("id"));   // ids name keychain entries on this computer only
        array.append(object);
    }
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("formatVersion"), FormatVersion},
                           {QStringLiteral("workspaces"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

WorkspaceExchange::ImportResult WorkspaceExchange::importJson(const QByteArray &data)
{
    ImportResult result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        result.problem = tr("This file is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset);
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName) {
        result.problem = tr("This file does not hold exported workspaces.");
        return result;
    }
    if (root.value(QStringLiteral("formatVersion")).toInt() > FormatVersion) {
        result.problem = tr("These workspaces were exported by a newer version of the console.");
        return result;
    }
    for (const QJsonValue &value : root.value(QStringLiteral("workspaces")).toArray()) {
        Workspace workspace = Workspace::fromJson(value.toObject());
        if (workspace.name.trimmed().isEmpty())
            continue;
        workspace.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        workspace.builtInSandbox = false;
        result.workspaces.append(workspace);
    }
    if (result.workspaces.isEmpty())
        result.problem = tr("The file holds no workspaces.");
    return result;
}

QString WorkspaceExchange::exportToFile(const QList<Workspace> &workspaces, const QString &path)
{
    return AtomicFileWriter::write(path, exportJson(workspaces), AtomicFileWriter::Folder::MustExist);
}

WorkspaceExchange::ImportResult WorkspaceExchange::importFromFile(const QString &path)
{
    const BoundedFileReader::Result read = BoundedFileReader::read(path, MaximumImportSize);
    if (!read.problem.isEmpty())
        return {{}, read.problem};
    return importJson(read.data);
}

} // namespace Config
