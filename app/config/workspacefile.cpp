#include "config/workspacefile.h"

#include "files/atomicfilewriter.h"
#include "files/boundedfilereader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStandardPaths>

namespace Config {

WorkspaceFile::WorkspaceFile(const QString &path)
    : m_path(path)
{
}

QString WorkspaceFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/workspaces.json");
}

namespace {

// Every field of a saved workspace is a string, except the sandbox flag; anything else means the
// file was not written by the console and its entries must not be half-read.
bool hasWorkspaceShape(const QJsonValue &value)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    if (!object.value(QStringLiteral("id")).isString() || object.value(QStringLiteral("id")).toString().isEmpty())
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool fine = it.key() == QLatin1String("builtInSandbox") ? it.value().isBool() : it.value().isString();
        if (!fine)
            return false;
    }
    return true;
}

} // namespace

WorkspaceFile::LoadResult WorkspaceFile::load() const
{
    LoadResult result;
    if (!QFile::exists(m_path))
        return result;
    const BoundedFileReader::Result read = BoundedFileReader::read(m_path, MaxFileBytes);
    if (!read.problem.isEmpty() && !read.tooLarge) {
        result.problem = tr("%1 The console starts with the built-in sandbox only and leaves the workspace settings untouched until the file can be read.")
                             .arg(read.problem);
        result.mayOverwrite = false;
        return result;
    }

    QJsonParseError parseError{};
    const QJsonDocument document = read.problem.isEmpty() ? QJsonDocument::fromJson(read.data, &parseError) : QJsonDocument();
    const QJsonObject root = document.object();
    const QJsonValue workspaces = root.value(QStringLiteral("workspaces"));
    const QJsonArray list = workspaces.toArray();
    const auto wrongEntries = std::count_if(list.begin(), list.end(), [](const QJsonValue &value) { return !hasWorkspaceShape(value); });
    QString reason;
    if (read.tooLarge)
        reason = tr("it is larger than %1").arg(BoundedFileReader::sizeText(MaxFileBytes));
    else if (parseError.error != QJsonParseError::NoError)
        reason = tr("it is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
    else if (!document.isObject())
        reason = tr("it does not hold workspace settings");
    else if (root.value(QStringLiteral("schemaVersion")).toInt() > SchemaVersion)
        reason = tr("it was written by a newer version of the console (schema %1)")
                     .arg(root.value(QStringLiteral("schemaVersion")).toInt());
    else if (root.value(QStringLiteral("schemaVersion")).toInt() < 1)
        reason = tr("it has no schema version");
    else if (!workspaces.isUndefined() && !workspaces.isArray())
        reason = tr("its list of workspaces is not a list");
    else if (root.contains(QStringLiteral("currentWorkspace")) && !root.value(QStringLiteral("currentWorkspace")).isString())
        reason = tr("its active workspace is not a name");
    else if (wrongEntries > 0)
        reason = tr("%n of its workspaces are not workspace settings", nullptr, int(wrongEntries));

    if (!reason.isEmpty()) {
        result.keptAsidePath = keepAside(MoveAside);
        result.mayOverwrite = !result.keptAsidePath.isEmpty();
        result.problem = result.keptAsidePath.isEmpty()
            ? tr("The workspace settings could not be read because %1, and could not be moved aside. They were left in place at %2.").arg(reason, QDir::toNativeSeparators(m_path))
            : tr("The workspace settings could not be read because %1. The file was kept as %2; the console starts with the built-in sandbox.").arg(reason, QDir::toNativeSeparators(result.keptAsidePath));
        return result;
    }

    QStringList shortened;
    for (const QJsonValue &value : list) {
        Workspace workspace = Workspace::fromJson(value.toObject());
        if (workspace.notes.size() > Workspace::MaxNotesLength) {
            workspace.notes.truncate(Workspace::MaxNotesLength);
            shortened.append(workspace.name);
        }
        result.contents.workspaces.append(workspace);
    }
    result.contents.currentWorkspaceId = root.value(QStringLiteral("currentWorkspace")).toString();
    if (!shortened.isEmpty()) {
        // The rest of the file is fine, so it stays in use; the full text is kept in a copy.
        result.keptAsidePath = keepAside(CopyAside);
        result.mayOverwrite = !result.keptAsidePath.isEmpty();
        result.problem = tr("The notes of %1 were longer than %2 characters and were shortened to that length. The complete file was kept as %3.")
                             .arg(shortened.join(QStringLiteral(", ")), QLocale().toString(Workspace::MaxNotesLength),
                                  QDir::toNativeSeparators(result.keptAsidePath));
    }
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
    return AtomicFileWriter::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString WorkspaceFile::keepAside(AsideMode mode) const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = m_path + QStringLiteral(".unreadable-%1-%2").arg(stamp).arg(n);
    const bool kept = mode == MoveAside ? QFile::rename(m_path, aside) : QFile::copy(m_path, aside);
    return kept ? aside : QString();
}

} // namespace Config
