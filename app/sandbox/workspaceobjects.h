#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sandbox {

// The workspace's configuration objects the sandbox needs to validate requests against:
// subscription groups, segments and API campaigns. Plain data with JSON round trips.

struct SubscriptionGroup
{
    QString id;
    QString name;
    QString channel;            // "email" | "sms"

    QJsonObject toJson() const;
    static SubscriptionGroup fromJson(const QJsonObject &object);
};

struct Segment
{
    QString id;
    QString name;
    QString description;        // generated filter description
    QString textDescription;    // what the marketer wrote
    QStringList tags;
    QString createdAt;          // ISO 8601
    QString updatedAt;
    int size = 0;               // today's estimated size; the daily series is derived from it
    // Who is in it, for exports: "" (everyone), "custom_attribute.NAME > NUMBER",
    // "custom_attribute.NAME is true" or "subscription_group.ID subscribed".
    QString filter;

    QJsonObject toJson() const;
    static Segment fromJson(const QJsonObject &object);
    // Estimated size on a given day: deterministic, so data_series is stable across calls.
    int sizeOn(qint64 daysBeforeToday) const;
};

struct MessageVariation
{
    QString id;
    QString name;
    QString channel;            // messaging object key: "email", "sms", "webhook", "apple_push", ...
};

struct ApiCampaign
{
    QString id;
    QString name;
    bool apiTriggered = false;  // may be used with /campaigns/trigger/send
    QString segmentId;          // audience for broadcast triggers
    QList<MessageVariation> variations;
    bool transactional = false; // a Transactional Email campaign (/transactional/v1/campaigns/{id}/send)
    bool enabled = true;        // false: paused
    bool archived = false;
    QStringList tags;
    QString createdAt;          // ISO 8601
    QString lastEdited;

    const MessageVariation *variation(const QString &variationId) const;
    QJsonObject toJson() const;
    static ApiCampaign fromJson(const QJsonObject &object);
};

} // namespace Sandbox
