#include "sandbox/workspaceobjects.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Sandbox {

QJsonObject SubscriptionGroup::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("channel"), channel}};
}

SubscriptionGroup SubscriptionGroup::fromJson(const QJsonObject &o)
{
    return {o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString(),
            o.value(QLatin1String("channel")).toString()};
}

QJsonObject Segment::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("description"), description},
            {QStringLiteral("text_description"), textDescription}, {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("created_at"), createdAt}, {QStringLiteral("updated_at"), updatedAt},
            {QStringLiteral("size"), size}, {QStringLiteral("filter"), filter}};
}

Segment Segment::fromJson(const QJsonObject &o)
{
    Segment s;
    s.id = o.value(QLatin1String("id")).toString();
    s.name = o.value(QLatin1String("name")).toString();
    s.description = o.value(QLatin1String("description")).toString();
    s.textDescription = o.value(QLatin1String("text_description")).toString();
    for (const auto &t : o.value(QLatin1String("tags")).toArray())
        s.tags << t.toString();
    s.createdAt = o.value(QLatin1String("created_at")).toString();
    s.updatedAt = o.value(QLatin1String("updated_at")).toString();
    s.size = o.value(QLatin1String("size")).toInt();
    s.filter = o.value(QLatin1String("filter")).toString();
    return s;
}

int Segment::sizeOn(qint64 daysBeforeToday) const
{
    if (daysBeforeToday <= 0)
        return size;
    // A gentle downward drift into the past plus a stable per-day wobble of a few percent.
    const QByteArray seed = id.toUtf8() + QByteArray::number(daysBeforeToday);
    const QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Md5);
    const double wobble = (static_cast<unsigned char>(hash.at(0)) / 255.0 - 0.5) * 0.06;
    const double drift = 1.0 - 0.004 * double(daysBeforeToday);
    return qMax(0, qRound(size * qMax(0.2, drift + wobble)));
}

const MessageVariation *ApiCampaign::variation(const QString &variationId) const
{
    for (const auto &v : variations) {
        if (v.id == variationId)
            return &v;
    }
    return nullptr;
}

QJsonObject ApiCampaign::toJson() const
{
    QJsonArray vs;
    for (const auto &v : variations) {
        vs.append(QJsonObject{{QStringLiteral("id"), v.id}, {QStringLiteral("name"), v.name},
                              {QStringLiteral("channel"), v.channel}});
    }
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("api_triggered"), apiTriggered},
            {QStringLiteral("segment_id"), segmentId}, {QStringLiteral("message_variations"), vs},
            {QStringLiteral("transactional"), transactional}, {QStringLiteral("enabled"), enabled},
            {QStringLiteral("archived"), archived}, {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("created_at"), createdAt}, {QStringLiteral("last_edited"), lastEdited}};
}

ApiCampaign ApiCampaign::fromJson(const QJsonObject &o)
{
    ApiCampaign c;
    c.id = o.value(QLatin1String("id")).toString();
    c.name = o.value(QLatin1String("name")).toString();
    c.apiTriggered = o.value(QLatin1String("api_triggered")).toBool();
    c.segmentId = o.value(QLatin1String("segment_id")).toString();
    c.transactional = o.value(QLatin1String("transactional")).toBool();
    c.enabled = o.value(QLatin1String("enabled")).toBool(true);
    c.archived = o.value(QLatin1String("archived")).toBool();
    for (const auto &t : o.value(QLatin1String("tags")).toArray())
        c.tags << t.toString();
    c.createdAt = o.value(QLatin1String("created_at")).toString();
    c.lastEdited = o.value(QLatin1String("last_edited")).toString();
    for (const auto &v : o.value(QLatin1String("message_variations")).toArray()) {
        const QJsonObject vo = v.toObject();
        c.variations.append({vo.value(QLatin1String("id")).toString(), vo.value(QLatin1String("name")).toString(),
                             vo.value(QLatin1String("channel")).toString()});
    }
    return c;
}

} // namespace Sandbox
