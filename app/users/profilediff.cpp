#include "users/profilediff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace Users {

namespace {

// The key that identifies an item of an exported list, so lists compare item by item.
QString itemKey(const QJsonObject &item)
{
    for (const char *field : {"id", "name", "alias_label", "device_id", "token"}) {
        const QString value = item.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// Flattens the profile to path → value: two levels for objects, lists of keyed objects by key.
void flatten(const QString &prefix, const QJsonValue &value, int depth, QMap<QString, QJsonValue> &out)
{
    if (depth < 2 && value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value(), depth + 1, out);
        return;
    }
    if (depth == 1 && value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool keyed = !array.isEmpty() && std::all_of(array.begin(), array.end(), [](const QJsonValue &item) {
            return item.isObject() && !itemKey(item.toObject()).isEmpty();
        });
        if (keyed) {
            for (const QJsonValue &item : array)
                out.insert(prefix + QLatin1Char('.') + itemKey(item.toObject()), item);
            return;
        }
    }
    out.insert(prefix, value);
}

QString shortText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QCoreApplication::translate("ProfileDiff", "(none)");
    QJsonArray wrapper{value};
    QString text = QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2);
    return text.size() > 80 ? text.left(77) + QStringLiteral("…") : text;
}

} // namespace

ProfileDiff ProfileDiff::between(const UserProfile &before, const UserProfile &after)
{
    QMap<QString, QJsonValue> a;
    QMap<QString, QJsonValue> b;
    flatten({}, before.toJson(), 0, a);
    flatten({}, after.toJson(), 0, b);
    // The subscription groups are only comparable when both fetches could read them.
    if (!before.subscriptionsKnown || !after.subscriptionsKnown) {
        const auto dropGroups = [](QMap<QString, QJsonValue> &map) {
            map.removeIf([](auto it) { return it.key().startsWith(QLatin1String("subscription_groups")); });
        };
        dropGroups(a);
        dropGroups(b);
    }

    ProfileDiff diff;
    for (auto it = a.begin(); it != a.end(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.constEnd())
            diff.m_changes.append({it.key(), ProfileChange::Kind::Removed, it.value(), QJsonValue(QJsonValue::Undefined)});
        else if (other.value() != it.value())
            diff.m_changes.append({it.key(), ProfileChange::Kind::Changed, it.value(), other.value()});
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key()))
            diff.m_changes.append({it.key(), ProfileChange::Kind::Added, QJsonValue(QJsonValue::Undefined), it.value()});
    }
    std::sort(diff.m_changes.begin(), diff.m_changes.end(),
              [](const ProfileChange &x, const ProfileChange &y) { return x.path < y.path; });
    return diff;
}

const ProfileChange *ProfileDiff::find(const QString &path) const
{
    for (const ProfileChange &change : m_changes) {
        if (change.path == path)
            return &change;
    }
    return nullptr;
}

bool ProfileDiff::touches(const QString &path) const
{
    const QString below = path + QLatin1Char('.');
    return std::any_of(m_changes.begin(), m_changes.end(),
                       [&](const ProfileChange &c) { return c.path == path || c.path.startsWith(below); });
}

QStringList ProfileDiff::describe() const
{
    QStringList lines;
    for (const ProfileChange &c : m_changes)
        lines << QStringLiteral("%1: %2 → %3").arg(c.path, shortText(c.before), shortText(c.after));
    return lines;
}

} // namespace Users
