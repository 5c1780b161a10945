#include "users/testuserstore.h"

#include "files/atomicfilewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace Users {

namespace {
constexpr int SchemaVersion = 1;
}

TestUserStore::TestUserStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultPath() : path)
{
}

QString TestUserStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/test-users.json");
}

QString TestUserStore::load()
{
    m_users.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return tr("The saved test users could not be read from %1: %2").arg(m_path, file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return tr("The file of saved test users (%1) is damaged and was not read. Fix or delete it; "
                  "saving a test user replaces it.").arg(m_path);
    const QJsonObject workspaces = doc.object().value(QLatin1String("workspaces")).toObject();
    for (auto it = workspaces.begin(); it != workspaces.end(); ++it) {
        QList<SavedTestUser> users;
        for (const QJsonValue &value : it.value().toArray()) {
            const SavedTestUser user = SavedTestUser::fromJson(value.toObject());
            if (!user.user.isNull())
                users.append(user);
        }
        m_users.insert(it.key(), users);
    }
    return {};
}

bool TestUserStore::contains(const QString &workspaceId, const Braze::UserIdentifier &user) const
{
    const QList<SavedTestUser> users = m_users.value(workspaceId);
    return std::any_of(users.begin(), users.end(), [&](const SavedTestUser &u) { return u.user == user; });
}

QString TestUserStore::add(const QString &workspaceId, const SavedTestUser &user)
{
    if (const QString problem = user.user.problem(); !problem.isEmpty())
        return problem;
    QList<SavedTestUser> &users = m_users[workspaceId];
    const auto existing = std::find_if(users.begin(), users.end(), [&](const SavedTestUser &u) { return u.user == user.user; });
    if (existing != users.end())
        *existing = user;
    else
        users.append(user);
    const QString problem = save();
    if (problem.isEmpty())
        emit changed(workspaceId);
    return problem;
}

QString TestUserStore::remove(const QString &workspaceId, const Braze::UserIdentifier &user)
{
    QList<SavedTestUser> &users = m_users[workspaceId];
    if (users.removeIf([&](const SavedTestUser &u) { return u.user == user; }) == 0)
        return {};
    const QString problem = save();
    if (problem.isEmpty())
        emit changed(workspaceId);
    return problem;
}

QString TestUserStore::save()
{
    QJsonObject workspaces;
    for (auto it = m_users.begin(); it != m_users.end(); ++it) {
        if (it.value().isEmpty())
            continue;
        QJsonArray array;
        for (const SavedTestUser &user : it.value())
            array.append(user.toJson());
        workspaces.insert(it.key(), array);
    }
    const QJsonObject root{{QStringLiteral("version"), SchemaVersion}, {QStringLiteral("workspaces"), workspaces}};
    return AtomicFileWriter::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace Users
