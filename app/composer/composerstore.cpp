#include "composer/composerstore.h"

#include "files/atomicfilewriter.h"
#include "files/boundedfilereader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <algorithm>

namespace {
constexpr int SchemaVersion = 1;
}

ComposerStore::ComposerStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultPath() : path)
{
}

QString ComposerStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/composer.json");
}

QString ComposerStore::load()
{
    m_draft = {};
    m_favourites.clear();
    if (!QFile::exists(m_path))
        return {};
    const BoundedFileReader::Result read = BoundedFileReader::read(m_path, BoundedFileReader::MaxInputFileBytes);
    QJsonParseError error{};
    const QJsonDocument doc = read.problem.isEmpty() ? QJsonDocument::fromJson(read.data, &error) : QJsonDocument();
    if (!doc.isObject()) {
        const QString aside = m_path + QStringLiteral(".unreadable-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(m_path, aside))
            return tr("The request composer's drafts and favourites (%1) could not be read or moved aside.").arg(QDir::toNativeSeparators(m_path));
        return tr("The request composer's drafts and favourites could not be read. The file was kept as %1; the composer starts empty.")
            .arg(QDir::toNativeSeparators(aside));
    }
    m_draft = ComposedRequest::fromJson(doc.object().value(QLatin1String("draft")).toObject());
    const QJsonObject workspaces = doc.object().value(QLatin1String("favourites")).toObject();
    for (auto it = workspaces.begin(); it != workspaces.end(); ++it) {
        QList<ComposedRequest> favourites;
        for (const QJsonValue &value : it.value().toArray()) {
            const ComposedRequest favourite = ComposedRequest::fromJson(value.toObject());
            if (!favourite.name.isEmpty())
                favourites.append(favourite);
        }
        m_favourites.insert(it.key(), favourites);
    }
    return {};
}

QString ComposerStore::setDraft(const ComposedRequest &draft)
{
    if (draft == m_draft)
        return {};
    m_draft = draft;
    return save();
}

QString ComposerStore::saveFavourite(const QString &workspaceId, const ComposedRequest &favourite)
{
    QList<ComposedRequest> &favourites = m_favourites[workspaceId];
    const auto same = std::find_if(favourites.begin(), favourites.end(), [&](const ComposedRequest &f) { return f.name == favourite.name; });
    if (same != favourites.end())
        *same = favourite;
    else
        favourites.append(favourite);
    const QString problem = save();
    emit favouritesChanged(workspaceId);
    return problem;
}

QString ComposerStore::removeFavourite(const QString &workspaceId, const QString &name)
{
    if (m_favourites[workspaceId].removeIf([&](const ComposedRequest &f) { return f.name == name; }) == 0)
        return {};
    const QString problem = save();
    emit favouritesChanged(workspaceId);
    return problem;
}

QString ComposerStore::save()
{
    QJsonObject favourites;
    for (auto it = m_favourites.cbegin(); it != m_favourites.cend(); ++it) {
        QJsonArray array;
        for (const ComposedRequest &favourite : it.value())
            array.append(favourite.toJson());
        if (!array.isEmpty())
            favourites.insert(it.key(), array);
    }
    const QJsonObject root{{QStringLiteral("version"), SchemaVersion}, {QStringLiteral("draft"), m_draft.toJson()},
                           {QStringLiteral("favourites"), favourites}};
    return AtomicFileWriter::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}
