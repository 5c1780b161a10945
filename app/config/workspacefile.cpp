#include "config/workspacefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

WorkspaceFile::WorkspaceFile(const QString &path)
    : m_path(path)
{
}

QString WorkspaceFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/workspaces.json");
}

WorkspaceFile::LoadResult WorkspaceFile::load() const
{
    LoadResult result;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = tr("The workspace settings (%1) could not be opened: %2. The console starts with the built-in sandbox only and leaves the file untouched.")
                             .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return result;
    }
    const QByteArray data = file.readAll();
    file.close();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    QString reason;
    if (parseError.error != QJsonParseError::NoError)
        reason = tr("it is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
    else if (!document.isObject())
        reason = tr("it does not hold workspace settings");
    else if (document.object().value(QStringLiteral("schemaVersion")).toInt() > SchemaVersion)
        reason = tr("it was written by a newer version of the console (schema %1)")
                     .arg(document.object().value(QStringLiteral("schemaVersion")).toInt());
    else if (document.object().value(QStringLiteral("schemaVersion")).toInt() < 1)
        reason = tr("it has no schema version");

    if (!reason.isEmpty()) {
        result.keptAsidePath = keepAside();
        result.problem = result.keptAsidePath.isEmpty()
            ? tr("The workspace settings could not be read because %1, and could not be moved aside. They were left in place at %2.").arg(reason, QDir::toNativeSeparators(m_path))
            : tr("The workspace settings could not be read because %1. The file was kept as %2; the console starts with the built-in sandbox.").arg(reason, QDir::toNativeSeparators(result.keptAsidePath));
        return result;
    }

    const QJsonObject root = document.object();
    const QJsonArray workspaces = root.value(QStringLiteral("workspaces")).toArray();
    for (const QJsonValue &value : workspaces) {
        Workspace workspace = Workspace::fromJson(value.toObject());
        if (!workspace.id.isEmpty())
            result.contents.workspaces.append(workspace);
    }
    result.contents.currentWorkspaceId = root.value(QStringLiteral("currentWorkspace")).toString();
    return result;
}

QString WorkspaceFile::save(const Contents &contents) const
{
    QJsonArray workspaces;
    for (const Workspace &workspace : contents.workspaces)
        workspaces.append(workspace.toJson());
    const QJsonObject root{{QStringLiteral("schemaVersion"), SchemaVersion},
                           {QStringLiteral("currentWorkspace"), contents.currentWorkspaceId},
                           {QStringLiteral("workspaces"), workspaces}};

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("The workspace settings could not be saved to %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("The workspace settings could not be saved to %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
    return {};
}

QString WorkspaceFile::keepAside() const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = m_path + QStringLiteral(".unreadable-%1-%2").arg(stamp).arg(n);
    return QFile::rename(m_path, aside) ? aside : QString();
}
