#include "users/userprofile.h"

#include <QSet>

namespace Users {

namespace {

QList<ActivitySummary> readSummaries(const QJsonArray &array)
{
    QList<ActivitySummary> list;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        list.append({o.value(QLatin1String("name")).toString(), o.value(QLatin1String("first")).toString(),
                     o.value(QLatin1String("last")).toString(), o.value(QLatin1String("count")).toInt()});
    }
    return list;
}

// Keys of the export that are not standard attributes: identifiers and the history sections.
const QSet<QString> &nonAttributeKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("external_id"), QStringLiteral("braze_id"), QStringLiteral("user_aliases"), QStringLiteral("email"),
        QStringLiteral("phone"), QStringLiteral("custom_attributes"), QStringLiteral("custom_events"), QStringLiteral("purchases"),
        QStringLiteral("devices"), QStringLiteral("push_tokens"), QStringLiteral("apps"), QStringLiteral("campaigns_received"),
        QStringLiteral("canvases_received"), QStringLiteral("cards_clicked")};
    return keys;
}

} // namespace

UserProfile UserProfile::fromExport(const QJsonObject &user)
{
    UserProfile p;
    p.exported = user;
    p.externalId = user.value(QLatin1String("external_id")).toString();
    p.brazeId = user.value(QLatin1String("braze_id")).toString();
    p.email = user.value(QLatin1String("email")).toString();
    p.phone = user.value(QLatin1String("phone")).toString();
    for (const QJsonValue &value : user.value(QLatin1String("user_aliases")).toArray()) {
        const QJsonObject alias = value.toObject();
        p.aliases.append(Braze::UserIdentifier::alias(alias.value(QLatin1String("alias_name")).toString(),
                                                      alias.value(QLatin1String("alias_label")).toString()));
    }
    for (auto it = user.begin(); it != user.end(); ++it) {
        if (!nonAttributeKeys().contains(it.key()))
            p.standardAttributes.insert(it.key(), it.value());
    }
    p.customAttributes = user.value(QLatin1String("custom_attributes")).toObject();
    p.customEvents = readSummaries(user.value(QLatin1String("custom_events")).toArray());
    p.purchases = readSummaries(user.value(QLatin1String("purchases")).toArray());
    p.devices = user.value(QLatin1String("devices")).toArray();
    p.pushTokens = user.value(QLatin1String("push_tokens")).toArray();
    return p;
}

QStringList UserProfile::exportFields()
{
    return {QStringLiteral("external_id"), QStringLiteral("braze_id"), QStringLiteral("user_aliases"),
            QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("dob"), QStringLiteral("gender"), QStringLiteral("home_city"), QStringLiteral("country"),
            QStringLiteral("language"), QStringLiteral("time_zone"), QStringLiteral("created_at"),
            QStringLiteral("email_subscribe"), QStringLiteral("push_subscribe"), QStringLiteral("last_coordinates"),
            QStringLiteral("random_bucket"), QStringLiteral("total_revenue"), QStringLiteral("uninstalled_at"),
            QStringLiteral("attributed_campaign"), QStringLiteral("attributed_source"), QStringLiteral("attributed_adgroup"),
            QStringLiteral("attributed_ad"), QStringLiteral("custom_attributes"), QStringLiteral("custom_events"),
            QStringLiteral("purchases"), QStringLiteral("devices"), QStringLiteral("push_tokens"), QStringLiteral("apps")};
}

void UserProfile::readSubscriptions(const QJsonObject &statusResponse)
{
    const QJsonArray users = statusResponse.value(QLatin1String("users")).toArray();
    QJsonObject mine;
    for (const QJsonValue &value : users) {
        const QJsonObject u = value.toObject();
        const QString id = u.value(QLatin1String("external_id")).toString();
        // Profiles sharing an e-mail address come back separately: the external_id decides.
        const bool sameId = id == externalId;
        const bool sameContact = (!email.isEmpty() && u.value(QLatin1String("email")).toString() == email)
            || (!phone.isEmpty() && u.value(QLatin1String("phone")).toString() == phone);
        if (sameId && (!externalId.isEmpty() || sameContact)) {
            mine = u;
            break;
        }
    }
    subscriptionGroups.clear();
    for (const QJsonValue &value : mine.value(QLatin1String("subscription_groups")).toArray()) {
        const QJsonObject g = value.toObject();
        subscriptionGroups.append({g.value(QLatin1String("id")).toString(), g.value(QLatin1String("name")).toString(),
                                   g.value(QLatin1String("channel")).toString(), g.value(QLatin1String("status")).toString()});
    }
    subscriptionsKnown = true;
}

Braze::UserIdentifier UserProfile::primaryIdentifier() const
{
    if (!externalId.isEmpty())
        return Braze::UserIdentifier::externalId(externalId);
    if (!brazeId.isEmpty())
        return Braze::UserIdentifier::brazeId(brazeId);
    return aliases.value(0);
}

Braze::UserIdentifier UserProfile::trackIdentifier() const
{
    if (!externalId.isEmpty())
        return Braze::UserIdentifier::externalId(externalId);
    if (!aliases.isEmpty())
        return aliases.first();
    return Braze::UserIdentifier::brazeId(brazeId);
}

QString UserProfile::displayName() const
{
    const QString name = QStringList{standardAttributes.value(QLatin1String("first_name")).toString(),
                                     standardAttributes.value(QLatin1String("last_name")).toString()}
                             .join(QLatin1Char(' '))
                             .trimmed();
    if (!name.isEmpty())
        return name;
    if (!externalId.isEmpty())
        return externalId;
    if (!aliases.isEmpty())
        return aliases.first().value();
    return !email.isEmpty() ? email : brazeId;
}

QJsonObject UserProfile::toJson() const
{
    QJsonObject out = exported;
    if (subscriptionsKnown) {
        QJsonArray groups;
        for (const SubscriptionGroupState &g : subscriptionGroups)
            groups.append(QJsonObject{{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name},
                                      {QStringLiteral("channel"), g.channel}, {QStringLiteral("status"), g.status}});
        out.insert(QStringLiteral("subscription_groups"), groups);
    }
    return out;
}

} // namespace Users
