#include "users/savedtestuser.h"

#include "users/identifierkinds.h"

namespace Users {

QJsonObject SavedTestUser::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), IdentifierKinds::key(user.kind())},
                       {QStringLiteral("value"), user.value()}};
    if (user.kind() == Braze::UserIdentifier::Kind::Alias)
        object.insert(QStringLiteral("alias_label"), user.aliasLabel());
    if (!note.isEmpty())
        object.insert(QStringLiteral("note"), note);
    return object;
}

SavedTestUser SavedTestUser::fromJson(const QJsonObject &object)
{
    SavedTestUser saved;
    const auto kind = IdentifierKinds::fromKey(object.value(QLatin1String("kind")).toString());
    const QString value = object.value(QLatin1String("value")).toString();
    if (kind == Braze::UserIdentifier::Kind::None || value.isEmpty())
        return saved;
    saved.user = IdentifierKinds::fromInput(kind, value, object.value(QLatin1String("alias_label")).toString());
    saved.name = object.value(QLatin1String("name")).toString();
    if (saved.name.isEmpty())
        saved.name = saved.user.describe();
    saved.note = object.value(QLatin1String("note")).toString();
    return saved;
}

} // namespace Users
