// POST /users/export/ids (braze-api.md §11.2): profiles by external_ids, user_aliases, braze_id,
// email_address or phone, with only the fields asked for and empty fields left out.
#include "sandbox/endpoints.h"
#include "sandbox/endpointtable.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace {

const QStringList &exportableFields()
{
    static const QStringList fields{
        QStringLiteral("apps"), QStringLiteral("attributed_campaign"), QStringLiteral("attributed_source"),
        QStringLiteral("attributed_adgroup"), QStringLiteral("attributed_ad"), QStringLiteral("push_subscribe"),
        QStringLiteral("email_subscribe"), QStringLiteral("braze_id"), QStringLiteral("country"), QStringLiteral("created_at"),
        QStringLiteral("custom_attributes"), QStringLiteral("custom_events"), QStringLiteral("devices"), QStringLiteral("dob"),
        QStringLiteral("email"), QStringLiteral("external_id"), QStringLiteral("first_name"), QStringLiteral("gender"),
        QStringLiteral("home_city"), QStringLiteral("language"), QStringLiteral("last_coordinates"), QStringLiteral("last_name"),
        QStringLiteral("phone"), QStringLiteral("purchases"), QStringLiteral("push_tokens"), QStringLiteral("random_bucket"),
        QStringLiteral("time_zone"), QStringLiteral("total_revenue"), QStringLiteral("uninstalled_at"),
        QStringLiteral("user_aliases"), QStringLiteral("campaigns_received"), QStringLiteral("canvases_received"),
        QStringLiteral("cards_clicked")};
    return fields;
}

// [{name, first, last, count}] summaries, as Braze exports events and purchases.
template<typename Item, typename NameOf>
QJsonArray summaries(const QList<Item> &items, NameOf nameOf)
{
    QMap<QString, QJsonObject> byName;
    for (const Item &item : items) {
        QJsonObject &s = byName[nameOf(item)];
        const QString time = item.time;
        if (s.isEmpty())
            s = {{QStringLiteral("name"), nameOf(item)}, {QStringLiteral("first"), time}, {QStringLiteral("last"), time},
                 {QStringLiteral("count"), 0}};
        if (time < s.value(QLatin1String("first")).toString())
            s.insert(QStringLiteral("first"), time);
        if (time > s.value(QLatin1String("last")).toString())
            s.insert(QStringLiteral("last"), time);
        s.insert(QStringLiteral("count"), s.value(QLatin1String("count")).toInt() + 1);
    }
    QJsonArray array;
    for (const auto &s : byName)
        array.append(s);
    return array;
}

QJsonObject exportUser(const SandboxUser &u, const QSet<QString> &fields)
{
    QJsonObject all;
    all.insert(QStringLiteral("created_at"), RequestValidation::exportTime(u.createdAtMs));
    all.insert(QStringLiteral("external_id"), u.externalId);
    QJsonArray aliases;
    for (const auto &a : u.aliases)
        aliases.append(a.toJson());
    all.insert(QStringLiteral("user_aliases"), aliases);
    all.insert(QStringLiteral("braze_id"), u.brazeId);
    all.insert(QStringLiteral("email"), u.email);
    all.insert(QStringLiteral("phone"), u.phone);
    for (auto it = u.standard.begin(); it != u.standard.end(); ++it)
        all.insert(it.key(), it.value());
    if (u.standard.contains(QLatin1String("current_location"))) {
        const QJsonObject loc = u.standard.value(QLatin1String("current_location")).toObject();
        all.insert(QStringLiteral("last_coordinates"), QJsonArray{loc.value(QLatin1String("longitude")), loc.value(QLatin1String("latitude"))});
    }
    all.insert(QStringLiteral("custom_attributes"), u.custom);
    all.insert(QStringLiteral("custom_events"), summaries(u.events, [](const TrackedEvent &e) { return e.name; }));
    all.insert(QStringLiteral("purchases"), summaries(u.purchases, [](const TrackedPurchase &p) { return p.productId; }));
    double revenue = 0;
    for (const auto &p : u.purchases)
        revenue += p.price * p.quantity;
    if (revenue > 0)
        all.insert(QStringLiteral("total_revenue"), revenue);
    all.insert(QStringLiteral("random_bucket"), u.randomBucket);

    QJsonObject out;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!fields.isEmpty() && !fields.contains(it.key()))
            continue;
        const QJsonValue v = it.value();
        const bool empty = v.isNull() || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty())
            || (v.isObject() && v.toObject().isEmpty());
        if (!empty && exportableFields().contains(it.key()))
            out.insert(it.key(), v);
    }
    return out;
}

SandboxReply exportIds(ApiCall &call)
{
    const QJsonObject &b = call.body;
    const auto bad = [](const QString &text) { return SandboxReply::message(400, text); };

    QStringList externalIds;
    if (b.contains(QLatin1String("external_ids")) && !RequestValidation::stringList(b.value(QLatin1String("external_ids")), &externalIds))
        return bad(QStringLiteral("'external_ids' must be an array of strings."));
    QList<UserAlias> aliases;
    if (b.contains(QLatin1String("user_aliases"))) {
        if (!b.value(QLatin1String("user_aliases")).isArray())
            return bad(QStringLiteral("'user_aliases' must be an array of user alias objects."));
        for (const auto &v : b.value(QLatin1String("user_aliases")).toArray()) {
            const auto alias = RequestValidation::parseAlias(v);
            if (!alias)
                return bad(QStringLiteral("Each user alias needs the strings 'alias_name' and 'alias_label'."));
            aliases << *alias;
        }
    }
    if (externalIds.size() + aliases.size() > 50)
        return bad(QStringLiteral("The max number of external_ids and aliases per request was exceeded"));
    for (const char *single : {"device_id", "braze_id", "email_address", "phone"}) {
        const QJsonValue v = b.value(QLatin1String(single));
        if (!v.isUndefined() && !v.isString())
            return bad(QStringLiteral("'%1' must be a single string; only one value is allowed per request.").arg(QLatin1String(single)));
    }
    QSet<QString> fields;
    if (b.contains(QLatin1String("fields_to_export"))) {
        QStringList list;
        if (!RequestValidation::stringList(b.value(QLatin1String("fields_to_export")), &list))
            return bad(QStringLiteral("'fields_to_export' must be an array of strings."));
        for (const QString &f : std::as_const(list)) {
            if (!exportableFields().contains(f))
                return bad(QStringLiteral("'%1' is not a valid value for 'fields_to_export'.").arg(f));
            fields.insert(f);
        }
    } else if (call.config.requireFieldsToExport) {
        return bad(QStringLiteral("'fields_to_export' is required for this workspace."));
    }
    const QString brazeId = b.value(QLatin1String("braze_id")).toString();
    const QString email = b.value(QLatin1String("email_address")).toString();
    const QString phone = b.value(QLatin1String("phone")).toString();
    const QString deviceId = b.value(QLatin1String("device_id")).toString();
    if (externalIds.isEmpty() && aliases.isEmpty() && brazeId.isEmpty() && email.isEmpty() && phone.isEmpty() && deviceId.isEmpty())
        return bad(QStringLiteral("Provide at least one of 'external_ids', 'user_aliases', 'braze_id', 'email_address', 'phone' or 'device_id'."));

    SandboxState &state = call.state;
    const qint64 now = call.nowMs;
    QList<const SandboxUser *> found;
    QJsonArray invalid;
    const auto take = [&](const SandboxUser *u) {
        if (u && u->isReady(now) && !found.contains(u))
            found << u;
        return u && u->isReady(now);
    };
    for (const QString &id : std::as_const(externalIds)) {
        if (!take(state.byExternalId(id)))
            invalid.append(id);
    }
    for (const auto &alias : std::as_const(aliases))
        take(state.byAlias(alias));
    if (!brazeId.isEmpty() && !take(state.byBrazeId(brazeId)))
        invalid.append(brazeId);
    // Several profiles may share an address: all of them are exported.
    for (const SandboxUser *u : state.byEmail(email))
        take(u);
    for (const SandboxUser *u : state.byPhone(phone))
        take(u);

    QJsonArray users;
    for (const SandboxUser *u : std::as_const(found))
        users.append(exportUser(*u, fields));
    QJsonObject result{{QStringLiteral("users"), users}};
    if (!invalid.isEmpty())
        result.insert(QStringLiteral("invalid_user_ids"), invalid);
    return SandboxReply::success(201, result);
}

} // namespace

void Endpoints::addUserExport(EndpointTable &table)
{
    table.add(QStringLiteral("/users/export/ids"),
              {"POST", QStringLiteral("users.export.ids"), QLatin1String(RateLimiter::UsersExport), false, exportIds});
}
