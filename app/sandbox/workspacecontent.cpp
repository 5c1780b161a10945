#include "sandbox/workspacecontent.h"

namespace Sandbox {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const auto &v : value.toArray())
        list << v.toString();
    return list;
}
QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
}

QJsonObject Canvas::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("description"), description},
            {QStringLiteral("api_triggered"), apiTriggered}, {QStringLiteral("enabled"), enabled},
            {QStringLiteral("archived"), archived}, {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("created_at"), createdAt}, {QStringLiteral("last_edited"), lastEdited},
            {QStringLiteral("channels"), QJsonArray::fromStringList(channels)}};
}

Canvas Canvas::fromJson(const QJsonObject &o)
{
    return {text(o, "id"), text(o, "name"), text(o, "description"), o.value(QLatin1String("api_triggered")).toBool(),
            o.value(QLatin1String("enabled")).toBool(true), o.value(QLatin1String("archived")).toBool(),
            strings(o.value(QLatin1String("tags"))), text(o, "created_at"), text(o, "last_edited"),
            strings(o.value(QLatin1String("channels")))};
}

QJsonObject ContentBlock::toJson() const
{
    return {{QStringLiteral("content_block_id"), id}, {QStringLiteral("name"), name},
            {QStringLiteral("description"), description}, {QStringLiteral("content"), content},
            {QStringLiteral("content_type"), contentType}, {QStringLiteral("state"), state},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}, {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("last_edited"), lastEdited}, {QStringLiteral("liquid_tag"), liquidTag()}};
}

ContentBlock ContentBlock::fromJson(const QJsonObject &o)
{
    return {text(o, "content_block_id"), text(o, "name"), text(o, "description"), text(o, "content"),
            text(o, "content_type"), text(o, "state"), strings(o.value(QLatin1String("tags"))),
            text(o, "created_at"), text(o, "last_edited")};
}

QJsonObject EmailTemplate::toJson() const
{
    return {{QStringLiteral("email_template_id"), id}, {QStringLiteral("template_name"), name},
            {QStringLiteral("description"), description}, {QStringLiteral("subject"), subject},
            {QStringLiteral("preheader"), preheader}, {QStringLiteral("body"), body},
            {QStringLiteral("plaintext_body"), plaintextBody}, {QStringLiteral("should_inline_css"), shouldInlineCss},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}, {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("updated_at"), updatedAt}};
}

EmailTemplate EmailTemplate::fromJson(const QJsonObject &o)
{
    return {text(o, "email_template_id"), text(o, "template_name"), text(o, "description"), text(o, "subject"),
            text(o, "preheader"), text(o, "body"), text(o, "plaintext_body"),
            o.value(QLatin1String("should_inline_css")).toBool(true), strings(o.value(QLatin1String("tags"))),
            text(o, "created_at"), text(o, "updated_at")};
}

const CatalogField *Catalog::field(const QString &fieldName) const
{
    for (const auto &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

qsizetype Catalog::indexOf(const QString &itemId) const
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).value(QLatin1String("id")).toString() == itemId)
            return i;
    }
    return -1;
}

QJsonObject Catalog::toJson() const
{
    QJsonArray fieldArray;
    for (const auto &f : fields)
        fieldArray.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("type"), f.type}});
    return {{QStringLiteral("description"), description}, {QStringLiteral("fields"), fieldArray},
            {QStringLiteral("name"), name}, {QStringLiteral("num_items"), int(items.size())},
            {QStringLiteral("updated_at"), updatedAt}};
}

Catalog Catalog::fromJson(const QJsonObject &o)
{
    Catalog c;
    c.name = text(o, "name");
    c.description = text(o, "description");
    for (const auto &f : o.value(QLatin1String("fields")).toArray())
        c.fields.append({text(f.toObject(), "name"), text(f.toObject(), "type")});
    for (const auto &i : o.value(QLatin1String("items")).toArray())
        c.items.append(i.toObject());
    c.updatedAt = text(o, "updated_at");
    return c;
}

QJsonObject ScheduledBroadcast::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("id"), id}, {QStringLiteral("type"), type},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}, {QStringLiteral("next_send_time"), nextSendTime},
            {QStringLiteral("schedule_type"), scheduleType}};
}

ScheduledBroadcast ScheduledBroadcast::fromJson(const QJsonObject &o)
{
    return {text(o, "id"), text(o, "name"), text(o, "type"), strings(o.value(QLatin1String("tags"))),
            text(o, "next_send_time"), text(o, "schedule_type")};
}

} // namespace Sandbox
