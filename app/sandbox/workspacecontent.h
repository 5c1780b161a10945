#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sandbox {

// The workspace's dashboard-made objects behind braze-api-more.md §2-§8: Canvases, Content
// Blocks, e-mail templates, catalogs and dashboard-scheduled broadcasts. Plain data with JSON
// round trips for the state file (and /_sandbox/state).

struct Canvas
{
    QString id;
    QString name;
    QString description;
    bool apiTriggered = false;  // entry schedule "API-triggered": /canvas/trigger/* may use it
    bool enabled = true;        // false: stopped ("paused" in the trigger notice)
    bool archived = false;
    QStringList tags;
    QString createdAt;          // ISO 8601
    QString lastEdited;
    QStringList channels;       // "email", "sms", "webhook"...

    QJsonObject toJson() const;
    static Canvas fromJson(const QJsonObject &object);
};

struct ContentBlock
{
    QString id;
    QString name;               // letters, digits, '-' and '_'; {{content_blocks.${name}}}
    QString description;
    QString content;
    QString contentType;        // "html" | "text"
    QString state;              // "active" | "draft"
    QStringList tags;
    QString createdAt;
    QString lastEdited;

    QString liquidTag() const { return QStringLiteral("{{content_blocks.${%1}}}").arg(name); }
    QJsonObject toJson() const;
    static ContentBlock fromJson(const QJsonObject &object);
};

struct EmailTemplate
{
    QString id;
    QString name;
    QString description;
    QString subject;
    QString preheader;
    QString body;
    QString plaintextBody;
    bool shouldInlineCss = true;
    QStringList tags;
    QString createdAt;
    QString updatedAt;

    QJsonObject toJson() const;
    static EmailTemplate fromJson(const QJsonObject &object);
};

struct CatalogField
{
    QString name;
    QString type;               // string, number, boolean, time, object, array
};

struct Catalog
{
    QString name;
    QString description;
    QList<CatalogField> fields; // the first is always {"id", "string"}
    QList<QJsonObject> items;   // in insertion order, each with its "id"
    QString updatedAt;

    const CatalogField *field(const QString &name) const;
    qsizetype indexOf(const QString &itemId) const;
    // The GET /catalogs shape: description, fields, name, num_items, updated_at.
    QJsonObject toJson() const;
    static Catalog fromJson(const QJsonObject &object);
};

// A campaign or Canvas scheduled in the dashboard, as /messages/scheduled_broadcasts lists it.
struct ScheduledBroadcast
{
    QString id;                 // campaign or Canvas id
    QString name;
    QString type;               // "Campaign" | "Canvas"
    QStringList tags;
    QString nextSendTime;       // ISO 8601
    QString scheduleType;       // "local_time_zones", "intelligent_delivery" or a time zone name

    QJsonObject toJson() const;
    static ScheduledBroadcast fromJson(const QJsonObject &object);
};

} // namespace Sandbox
