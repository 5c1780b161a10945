#include "webhook/webhooktemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace Webhook {

namespace {

QJsonArray rowsToJson(const QList<KeyValueRow> &rows)
{
    QJsonArray array;
    for (const KeyValueRow &row : rows)
        array.append(QJsonObject{{QStringLiteral("key"), row.key}, {QStringLiteral("value"), row.value}});
    return array;
}

QList<KeyValueRow> rowsFromJson(const QJsonValue &value)
{
    QList<KeyValueRow> rows;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject row = item.toObject();
        rows.append({row.value(QStringLiteral("key")).toString(), row.value(QStringLiteral("value")).toString()});
    }
    return rows;
}


} // namespace

QStringList WebhookTemplate::methods()
{
    return {QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("GET"),
            QStringLiteral("DELETE")};
}

bool WebhookTemplate::methodCarriesBody(const QString &method)
{
    return method != QLatin1String("GET");
}

QString WebhookTemplate::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject WebhookTemplate::toJson() const
{
    QJsonObject object{
        {QStringLiteral("schema_version"), SchemaVersion},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("url"), url},
        {QStringLiteral("method"), method},
        {QStringLiteral("headers"), rowsToJson(headers)},
        {QStringLiteral("body_mode"), bodyMode == BodyMode::RawText ? QStringLiteral("raw") : QStringLiteral("pairs")},
        {QStringLiteral("pairs"), rowsToJson(pairs)},
        {QStringLiteral("raw_body"), rawBody},
        {QStringLiteral("notes"), notes},
    };
    if (!presetId.isEmpty())
        object.insert(QStringLiteral("preset"), presetId);
    if (!stubs.isEmpty())
        object.insert(QStringLiteral("connected_content_stubs"), ConnectedContentStub::toJson(stubs));
    if (modified.isValid())
        object.insert(QStringLiteral("modified"), modified.toUTC().toString(Qt::ISODateWithMs));
    return object;
}

bool WebhookTemplate::fromJson(const QJsonObject &object, WebhookTemplate *result, QString *error)
{
    const int version = object.value(QStringLiteral("schema_version")).toInt(0);
    if (version < 1 || !object.value(QStringLiteral("url")).isString()) {
        if (error)
            *error = tr("This is not a webhook template file (no schema version or URL).");
        return false;
    }
    if (version > SchemaVersion) {
        if (error)
            *error = tr("This template was saved by a newer version of the console; update the console to open it.");
        return false;
    }
    WebhookTemplate t;
    t.id = object.value(QStringLiteral("id")).toString();
    t.name = object.value(QStringLiteral("name")).toString();
    t.url = object.value(QStringLiteral("url")).toString();
    t.method = object.value(QStringLiteral("method")).toString(QStringLiteral("POST")).toUpper();
    if (!methods().contains(t.method)) {
        if (error)
            *error = tr("The HTTP method “%1” is not one Braze offers (POST, PUT, PATCH, GET, DELETE).").arg(t.method);
        return false;
    }
    t.headers = rowsFromJson(object.value(QStringLiteral("headers")));
    t.bodyMode = object.value(QStringLiteral("body_mode")).toString() == QLatin1String("raw") ? BodyMode::RawText
                                                                                               : BodyMode::KeyValuePairs;
    t.pairs = rowsFromJson(object.value(QStringLiteral("pairs")));
    t.rawBody = object.value(QStringLiteral("raw_body")).toString();
    t.notes = object.value(QStringLiteral("notes")).toString();
    t.presetId = object.value(QStringLiteral("preset")).toString();
    t.stubs = ConnectedContentStub::fromJson(object.value(QStringLiteral("connected_content_stubs")).toArray());
    t.modified = QDateTime::fromString(object.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    *result = t;
    return true;
}

QString WebhookTemplate::headerValue(const QString &headerName) const
{
    for (const KeyValueRow &row : headers) {
        if (row.key.trimmed().compare(headerName, Qt::CaseInsensitive) == 0)
            return row.value;
    }
    return {};
}

} // namespace Webhook
