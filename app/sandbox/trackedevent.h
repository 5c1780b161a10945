#pragma once

#include <QJsonObject>
#include <QString>

namespace Sandbox {

// One custom event as /users/track recorded it (braze-api.md §9.1).
struct TrackedEvent
{
    QString name;
    QString time;               // ISO 8601 as stored
    QJsonObject properties;

    // What OccurrenceHistory needs of it.
    QString key() const { return name; }
    qint64 times() const { return 1; }
    double amount() const { return 0; }
    QJsonObject toJson() const;
    static TrackedEvent fromJson(const QJsonObject &object);
};

} // namespace Sandbox
