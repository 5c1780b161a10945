#include "sandbox/userexportfields.h"

#include "sandbox/requestvalidation.h"

#include <QJsonArray>

namespace Sandbox {

namespace UserExportFields {

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

QString parse(const QJsonObject &body, bool required, QSet<QString> *fields)
{
    if (!body.contains(QLatin1String("fields_to_export")))
        return required ? QStringLiteral("'fields_to_export' is required for this workspace.") : QString();
    QStringList list;
    if (!RequestValidation::stringList(body.value(QLatin1String("fields_to_export")), &list))
        return QStringLiteral("'fields_to_export' must be an array of strings.");
    for (const QString &f : std::as_const(list)) {
        if (!exportableFields().contains(f))
            return QStringLiteral("'%1' is not a valid value for 'fields_to_export'.").arg(f);
        fields->insert(f);
    }
    return {};
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
    all.insert(QStringLiteral("custom_events"), u.events.summaryJson());
    all.insert(QStringLiteral("purchases"), u.purchases.summaryJson());
    if (u.purchases.total() > 0)
        all.insert(QStringLiteral("total_revenue"), u.purchases.total());
    all.insert(QStringLiteral("random_bucket"), u.randomBucket);
    all.insert(QStringLiteral("canvases_received"), u.canvasesReceived);

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

} // namespace UserExportFields

} // namespace Sandbox
