#pragma once

#include "sandbox/occurrencehistory.h"
#include "sandbox/trackedevent.h"
#include "sandbox/trackedpurchase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sandbox {

struct UserAlias
{
    QString name;
    QString label;
    bool operator==(const UserAlias &other) const = default;
    QJsonObject toJson() const;
    static UserAlias fromJson(const QJsonObject &object);
};

// A user's state in one subscription group. A double opt-in leaves it pending until
// confirmAtMs; until then readers see the state the user had before.
struct GroupMembership
{
    QString state;              // "subscribed" | "unsubscribed"
    QString stateBeforePending; // what readers see while pending ("" = never set)
    qint64 changedAtMs = 0;
    qint64 confirmAtMs = 0;     // > 0: double opt-in pending until then
};

using EventHistory = OccurrenceHistory<TrackedEvent>;
using PurchaseHistory = OccurrenceHistory<TrackedPurchase>;

// One Braze user profile: identifiers, standard and custom attributes, history.
struct SandboxUser
{
    QString brazeId;
    QString externalId;
    QStringList deprecatedExternalIds;  // renamed away, still identify the user until removed
    QList<UserAlias> aliases;
    QString email;
    QString phone;
    QJsonObject standard;       // other standard fields (first_name, country, email_subscribe, ...)
    QJsonObject custom;         // custom attributes with their stored JSON types
    QHash<QString, GroupMembership> groups;
    EventHistory events;        // exact counts per name, the most recent events in full
    PurchaseHistory purchases;  // the same per product id, with the exact total revenue
    // canvases_received as users/export/ids reports it: {name, api_canvas_id, last_entered, ...}
    QJsonArray canvasesReceived;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 readyAtMs = 0;       // the profile is invisible to reads before this moment
    int randomBucket = 0;

    bool hasAlias(const UserAlias &alias) const { return aliases.contains(alias); }
    bool isReady(qint64 nowMs) const { return nowMs >= readyAtMs; }
    // "Subscribed" / "Unsubscribed" / "Unknown", as the subscription GET endpoints spell it.
    QString groupStatus(const QString &groupId, qint64 nowMs) const;
    void setGroupState(const QString &groupId, const QString &state, qint64 nowMs);
    // SMS double opt-in: pending now, "subscribed" once the user "replies" after delayMs.
    void startDoubleOptIn(const QString &groupId, qint64 nowMs, qint64 delayMs);
    // The user entered an API-triggered Canvas at `enteredAt` (export time format); with
    // keepLatest (a merge) an existing later entry stays.
    void enterCanvas(const QString &canvasId, const QString &canvasName, const QString &enteredAt, bool keepLatest = false);

    QJsonObject toJson() const;
    static SandboxUser fromJson(const QJsonObject &object);
};

} // namespace Sandbox
