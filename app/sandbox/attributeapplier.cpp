#include "sandbox/attributeapplier.h"

#include "sandbox/requestvalidation.h"

#include <QJsonArray>
#include <QSet>

namespace Sandbox {

namespace {

const QSet<QString> &standardFields()
{
    static const QSet<QString> fields{
        QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("phone"),
        QStringLiteral("home_city"), QStringLiteral("country"), QStringLiteral("language"), QStringLiteral("dob"),
        QStringLiteral("gender"), QStringLiteral("time_zone"), QStringLiteral("email_subscribe"), QStringLiteral("push_subscribe"),
        QStringLiteral("subscription_groups"), QStringLiteral("email_open_tracking_disabled"),
        QStringLiteral("email_click_tracking_disabled"), QStringLiteral("current_location"),
        QStringLiteral("date_of_first_session"), QStringLiteral("date_of_last_session"), QStringLiteral("marked_email_as_spam_at"),
        QStringLiteral("push_tokens"), QStringLiteral("facebook"), QStringLiteral("twitter"), QStringLiteral("alias_name"),
        QStringLiteral("alias_label")};
    return fields;
}

QString truncated(const QString &text)
{
    return text.left(AttributeApplier::MaxStringLength);
}

// A nested object is taken only as a whole: any null or bad $time inside drops it.
bool validNested(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return false;
    if (value.isArray()) {
        for (const auto &v : value.toArray()) {
            if (!validNested(v))
                return false;
        }
        return true;
    }
    if (!value.isObject())
        return true;
    const QJsonObject o = value.toObject();
    if (o.size() == 1 && o.contains(QLatin1String("$time")))
        return RequestValidation::parseTime(o.value(QLatin1String("$time")).toString()).has_value();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().isEmpty() || it.key().startsWith(QLatin1Char('$')) || it.key().contains(QLatin1Char('.'))
            || it.key().contains(QLatin1Char(' ')) || !validNested(it.value()))
            return false;
    }
    return true;
}

QJsonObject deepMerged(QJsonObject base, const QJsonObject &update)
{
    for (auto it = update.begin(); it != update.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), deepMerged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

bool isOperatorObject(const QJsonObject &o)
{
    if (o.isEmpty())
        return false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("inc") && it.key() != QLatin1String("add") && it.key() != QLatin1String("remove"))
            return false;
    }
    return true;
}

} // namespace

bool AttributeApplier::isIdentifierKey(const QString &key)
{
    static const QSet<QString> keys{QStringLiteral("external_id"), QStringLiteral("user_alias"), QStringLiteral("braze_id"),
                                    QStringLiteral("_update_existing_only"), QStringLiteral("push_token_import"),
                                    QStringLiteral("_merge_objects")};
    return keys.contains(key);
}

QString AttributeApplier::validateStandard(const QString &key, const QJsonValue &value) const
{
    if (value.isNull())
        return {};
    const auto notValid = [&key] { return QStringLiteral("The value provided for the '%1' field is not valid.").arg(key); };
    if (key == QLatin1String("email")) {
        if (!value.isString() || !RequestValidation::isEmail(value.toString()))
            return QStringLiteral("The value provided for the 'email' field is not a valid email.");
    } else if (key == QLatin1String("gender")) {
        static const QStringList genders{QStringLiteral("M"), QStringLiteral("F"), QStringLiteral("O"), QStringLiteral("N"), QStringLiteral("P")};
        if (!genders.contains(value.toString().toUpper()))
            return notValid();
    } else if (key == QLatin1String("email_subscribe") || key == QLatin1String("push_subscribe")) {
        static const QStringList states{QStringLiteral("opted_in"), QStringLiteral("subscribed"), QStringLiteral("unsubscribed")};
        if (!states.contains(value.toString()))
            return notValid();
    } else if (key == QLatin1String("dob")) {
        if (!QDate::fromString(value.toString(), Qt::ISODate).isValid())
            return notValid();
    } else if (key == QLatin1String("subscription_groups")) {
        if (!value.isArray())
            return notValid();
        for (const auto &g : value.toArray()) {
            const QJsonObject o = g.toObject();
            const QString state = o.value(QLatin1String("subscription_state")).toString();
            if (!m_state.group(o.value(QLatin1String("subscription_group_id")).toString()))
                return QStringLiteral("Invalid subscription group id.");
            if (state != QLatin1String("subscribed") && state != QLatin1String("unsubscribed"))
                return notValid();
        }
    } else if (key == QLatin1String("current_location")) {
        const QJsonObject o = value.toObject();
        if (!o.value(QLatin1String("longitude")).isDouble() || !o.value(QLatin1String("latitude")).isDouble())
            return notValid();
    } else if (key == QLatin1String("phone") || key == QLatin1String("first_name") || key == QLatin1String("last_name")
               || key == QLatin1String("home_city") || key == QLatin1String("country") || key == QLatin1String("language")
               || key == QLatin1String("time_zone")) {
        if (!value.isString())
            return notValid();
    }
    return {};
}

QString AttributeApplier::validate(const QJsonObject &attributes) const
{
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString &key = it.key();
        if (isIdentifierKey(key))
            continue;
        if (standardFields().contains(key)) {
            const QString error = validateStandard(key, it.value());
            if (!error.isEmpty())
                return error;
            continue;
        }
        if (key.trimmed().isEmpty() || key.trimmed().startsWith(QLatin1Char('$')))
            return QStringLiteral("Custom attribute names must not be empty or start with '$': '%1'.").arg(key);
        if (it.value().isObject()) {
            const QJsonObject o = it.value().toObject();
            if (o.contains(QLatin1String("inc")) && (!o.value(QLatin1String("inc")).isDouble()
                                                     || o.value(QLatin1String("inc")).toDouble() != qRound64(o.value(QLatin1String("inc")).toDouble())))
                return QStringLiteral("The 'inc' value of custom attribute '%1' must be an integer.").arg(key);
            for (const char *op : {"add", "remove"}) {
                if (o.contains(QLatin1String(op)) && !o.value(QLatin1String(op)).isArray())
                    return QStringLiteral("The '%1' value of custom attribute '%2' must be an array.").arg(QLatin1String(op), key);
            }
        }
    }
    return {};
}

void AttributeApplier::apply(SandboxUser &user, const QJsonObject &attributes, qint64 nowMs)
{
    const bool merge = attributes.value(QLatin1String("_merge_objects")).toBool();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString key = it.key().trimmed();
        const QJsonValue value = it.value();
        if (isIdentifierKey(key) || key == QLatin1String("alias_name") || key == QLatin1String("alias_label"))
            continue;
        if (key == QLatin1String("email"))
            user.email = value.toString();
        else if (key == QLatin1String("phone"))
            user.phone = value.toString();
        else if (key == QLatin1String("subscription_groups"))
            applySubscriptionGroups(user, value.toArray(), nowMs);
        else if (standardFields().contains(key) && value.isNull())
            user.standard.remove(key);
        else if (standardFields().contains(key))
            user.standard.insert(key, key == QLatin1String("gender") ? QJsonValue(value.toString().toUpper()) : value);
        else
            applyCustom(user, key.left(MaxStringLength), value, merge);
    }
    user.updatedAtMs = nowMs;
}

void AttributeApplier::applyCustom(SandboxUser &user, const QString &key, const QJsonValue &value, bool mergeObjects)
{
    if (value.isNull()) {
        user.custom.remove(key);
    } else if (value.isString()) {
        user.custom.insert(key, truncated(value.toString()));
    } else if (value.isArray()) {
        if (!validNested(value))
            return;
        QJsonArray array = value.toArray();
        while (array.size() > MaxArrayLength)
            array.removeFirst();
        user.custom.insert(key, array);
    } else if (value.isObject() && isOperatorObject(value.toObject())) {
        const QJsonObject op = value.toObject();
        if (op.contains(QLatin1String("inc"))) {
            const qint64 current = qint64(user.custom.value(key).toDouble());
            user.custom.insert(key, double(current + qint64(op.value(QLatin1String("inc")).toDouble())));
            return;
        }
        // add: append unique values (an existing one moves to the end); remove: drop them.
        QJsonArray array = user.custom.value(key).toArray();
        for (const auto &r : op.value(QLatin1String("remove")).toArray()) {
            for (qsizetype i = array.size() - 1; i >= 0; --i) {
                if (array.at(i) == r)
                    array.removeAt(i);
            }
        }
        for (const auto &a : op.value(QLatin1String("add")).toArray()) {
            for (qsizetype i = array.size() - 1; i >= 0; --i) {
                if (array.at(i) == a)
                    array.removeAt(i);
            }
            array.append(a.isString() ? QJsonValue(truncated(a.toString())) : a);
        }
        while (array.size() > MaxArrayLength)
            array.removeFirst();
        user.custom.insert(key, array);
    } else if (value.isObject()) {
        if (!validNested(value))
            return;     // Braze drops all nested updates of this attribute in the request
        const QJsonObject update = value.toObject();
        const QJsonValue current = user.custom.value(key);
        user.custom.insert(key, mergeObjects && current.isObject() ? deepMerged(current.toObject(), update) : update);
    } else {
        user.custom.insert(key, value);
    }
}

void AttributeApplier::applySubscriptionGroups(SandboxUser &user, const QJsonArray &groups, qint64 nowMs)
{
    // Braze applies the change to every profile sharing the address, too.
    QList<SandboxUser *> targets{&user};
    for (SandboxUser *other : m_state.byEmail(user.email)) {
        if (other != &user)
            targets << other;
    }
    for (const auto &g : groups) {
        const QJsonObject o = g.toObject();
        for (SandboxUser *target : targets)
            target->setGroupState(o.value(QLatin1String("subscription_group_id")).toString(),
                                  o.value(QLatin1String("subscription_state")).toString(), nowMs);
    }
}

} // namespace Sandbox
