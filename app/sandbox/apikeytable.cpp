#include "sandbox/apikeytable.h"

#include <QJsonObject>

namespace Sandbox {

bool ApiKey::allowsAddress(const QHostAddress &peer) const
{
    if (allowedIps.isEmpty())
        return true;
    // IPv4 peers may arrive mapped into IPv6 (::ffff:127.0.0.1).
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    const QHostAddress address = isV4 ? QHostAddress(v4) : peer;
    for (const QString &entry : allowedIps) {
        const auto subnet = QHostAddress::parseSubnet(entry.contains(QLatin1Char('/')) ? entry
                                                      : entry + (entry.contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32")));
        if (subnet.second >= 0 && address.isInSubnet(subnet))
            return true;
    }
    return false;
}

QJsonObject ApiKey::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("key"), key},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
            {QStringLiteral("revoked"), revoked}, {QStringLiteral("allowed_ips"), QJsonArray::fromStringList(allowedIps)}};
}

ApiKey ApiKey::fromJson(const QJsonObject &o)
{
    ApiKey k;
    k.name = o.value(QLatin1String("name")).toString();
    k.key = o.value(QLatin1String("key")).toString();
    for (const auto &p : o.value(QLatin1String("permissions")).toArray())
        k.permissions << p.toString();
    k.revoked = o.value(QLatin1String("revoked")).toBool();
    for (const auto &ip : o.value(QLatin1String("allowed_ips")).toArray())
        k.allowedIps << ip.toString();
    return k;
}

QStringList ApiKeyTable::allPermissions()
{
    return QStringList{
        // User data
        QStringLiteral("users.track"), QStringLiteral("users.delete"), QStringLiteral("users.alias.new"),
        QStringLiteral("users.identify"), QStringLiteral("users.export.ids"), QStringLiteral("users.export.segment"),
        QStringLiteral("users.merge"), QStringLiteral("users.external_ids.rename"), QStringLiteral("users.external_ids.remove"),
        QStringLiteral("users.alias.update"), QStringLiteral("users.export.global_control_group"),
        // Email
        QStringLiteral("email.unsubscribe"), QStringLiteral("email.status"), QStringLiteral("email.hard_bounces"),
        QStringLiteral("email.bounce.remove"), QStringLiteral("email.spam.remove"), QStringLiteral("email.blacklist"),
        // Messages
        QStringLiteral("messages.send"), QStringLiteral("messages.schedule.create"), QStringLiteral("messages.schedule.update"),
        QStringLiteral("messages.schedule.delete"), QStringLiteral("messages.schedule_broadcasts"),
        QStringLiteral("messages.live_activity.update"),
        // Campaigns
        QStringLiteral("campaigns.trigger.send"), QStringLiteral("campaigns.trigger.schedule.create"),
        QStringLiteral("campaigns.trigger.schedule.update"), QStringLiteral("campaigns.trigger.schedule.delete"),
        QStringLiteral("campaigns.list"), QStringLiteral("campaigns.data_series"), QStringLiteral("campaigns.details"),
        QStringLiteral("sends.data_series"), QStringLiteral("sends.id.create"), QStringLiteral("campaigns.url_info.details"),
        QStringLiteral("transactional.send"),
        // Canvas
        QStringLiteral("canvas.trigger.send"), QStringLiteral("canvas.trigger.schedule.create"),
        QStringLiteral("canvas.trigger.schedule.update"), QStringLiteral("canvas.trigger.schedule.delete"),
        QStringLiteral("canvas.list"), QStringLiteral("canvas.data_series"), QStringLiteral("canvas.details"),
        QStringLiteral("canvas.data_summary"), QStringLiteral("canvas.url_info.details"),
        // Segments
        QStringLiteral("segments.list"), QStringLiteral("segments.data_series"), QStringLiteral("segments.details"),
        // Purchases, events, sessions, KPIs
        QStringLiteral("purchases.product_list"), QStringLiteral("purchases.revenue_series"),
        QStringLiteral("purchases.quantity_series"), QStringLiteral("events.list"), QStringLiteral("events.data_series"),
        QStringLiteral("sessions.data_series"), QStringLiteral("kpi.dau.data_series"), QStringLiteral("kpi.mau.data_series"),
        QStringLiteral("kpi.new_users.data_series"), QStringLiteral("kpi.uninstalls.data_series"),
        // Templates, SSO, content blocks, preference center
        QStringLiteral("templates.email.create"), QStringLiteral("templates.email.info"), QStringLiteral("templates.email.list"),
        QStringLiteral("templates.email.update"), QStringLiteral("sso.saml.login"), QStringLiteral("content_blocks.info"),
        QStringLiteral("content_blocks.list"), QStringLiteral("content_blocks.create"), QStringLiteral("content_blocks.update"),
        QStringLiteral("preference_center.get"), QStringLiteral("preference_center.list"),
        QStringLiteral("preference_center.update"), QStringLiteral("preference_center.user.get"),
        // Subscription, SMS
        QStringLiteral("subscription.status.set"), QStringLiteral("subscription.status.get"),
        QStringLiteral("subscription.groups.get"), QStringLiteral("sms.invalid_phone_numbers"),
        QStringLiteral("sms.invalid_phone_numbers.remove"),
        // Catalogs
        QStringLiteral("catalogs.add_items"), QStringLiteral("catalogs.update_items"), QStringLiteral("catalogs.delete_items"),
        QStringLiteral("catalogs.get_item"), QStringLiteral("catalogs.update_item"), QStringLiteral("catalogs.create_item"),
        QStringLiteral("catalogs.delete_item"), QStringLiteral("catalogs.replace_item"), QStringLiteral("catalogs.create"),
        QStringLiteral("catalogs.get"), QStringLiteral("catalogs.delete"), QStringLiteral("catalogs.get_items"),
        QStringLiteral("catalogs.replace_items"),
        // SDK authentication
        QStringLiteral("sdk_authentication.create"), QStringLiteral("sdk_authentication.primary"),
        QStringLiteral("sdk_authentication.delete"), QStringLiteral("sdk_authentication.keys"),
    };
}

ApiKeyTable ApiKeyTable::demo()
{
    // Permission sets of the partner pages (braze-api.md §6.1).
    ApiKeyTable table;
    table.add({QStringLiteral("Quikly"), QString::fromLatin1(QuiklyKey),
               {QStringLiteral("users.track"), QStringLiteral("subscription.status.set"),
                QStringLiteral("users.export.ids"), QStringLiteral("subscription.status.get")}, false, {}});
    table.add({QStringLiteral("SmarterSends"), QString::fromLatin1(SmarterSendsKey),
               {QStringLiteral("users.track"), QStringLiteral("users.export.ids"), QStringLiteral("messages.schedule.create"),
                QStringLiteral("messages.schedule.update"), QStringLiteral("messages.schedule.delete"),
                QStringLiteral("sends.id.create"), QStringLiteral("segments.list"), QStringLiteral("segments.data_series"),
                QStringLiteral("segments.details"), QStringLiteral("sends.data_series")}, false, {}});
    table.add({QStringLiteral("ActionIQ"), QString::fromLatin1(ActionIqKey),
               {QStringLiteral("users.track"), QStringLiteral("campaigns.trigger.send")}, false, {}});
    table.add({QStringLiteral("Outgrow"), QString::fromLatin1(OutgrowKey), {QStringLiteral("users.track")}, false, {}});
    table.add({QStringLiteral("All permissions"), QString::fromLatin1(AllPermissionsKey), allPermissions(), false, {}});
    table.add({QStringLiteral("Revoked"), QString::fromLatin1(RevokedKey), allPermissions(), true, {}});
    // Usable only from a documentation address, so every local call is refused: rehearses an IP allowlist.
    table.add({QStringLiteral("Allowlisted (203.0.113.7 only)"), QString::fromLatin1(AllowlistedKey),
               allPermissions(), false, {QStringLiteral("203.0.113.7")}});
    return table;
}

const ApiKey *ApiKeyTable::find(const QString &key) const
{
    for (const auto &k : m_keys) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

void ApiKeyTable::add(const ApiKey &key)
{
    m_keys.append(key);
}

QJsonArray ApiKeyTable::toJson() const
{
    QJsonArray array;
    for (const auto &k : m_keys)
        array.append(k.toJson());
    return array;
}

ApiKeyTable ApiKeyTable::fromJson(const QJsonArray &array)
{
    ApiKeyTable table;
    for (const auto &v : array)
        table.add(ApiKey::fromJson(v.toObject()));
    return table;
}

} // namespace Sandbox
