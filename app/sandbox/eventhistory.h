#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Sandbox {

struct TrackedEvent
{
    QString name;
    QString time;               // ISO 8601 as stored
    QJsonObject properties;
};

// The custom events tracked for one user. Braze keeps every event, but all its API shows of them
// is, per event name, how many there were and the first and last time (the export's
// custom_events). The sandbox keeps exactly that for every event, and the events themselves (with
// their properties) only for the most recent KeptEvents, so a user tracked in a loop costs bounded
// memory while the counts stay exact.
class EventHistory
{
public:
    static constexpr qsizetype KeptEvents = 100;

    struct Summary
    {
        qint64 count = 0;
        QString first;          // ISO 8601 times compare as strings
        QString last;
    };

    void add(TrackedEvent event);
    // A merged profile has both histories: counts add up, the most recent events stay.
    void merge(const EventHistory &other);

    // Oldest first, at most KeptEvents.
    const QList<TrackedEvent> &recent() const { return m_recent; }
    // Every event name ever tracked for the user, by name.
    const QMap<QString, Summary> &summaries() const { return m_summaries; }
    bool isEmpty() const { return m_summaries.isEmpty(); }

    // [{name, first, last, count}], the export's custom_events.
    QJsonArray summaryJson() const;
    // The persisted form: {"recent": [...], "counts": [...]}.
    QJsonObject toJson() const;
    // Reads toJson()'s form, or a plain list of events (state files written before the history
    // was bounded), which is counted event by event.
    static EventHistory fromJson(const QJsonValue &value);

private:
    void count(const QString &name, const QString &first, const QString &last, qint64 count);
    void keep(TrackedEvent event);

    QList<TrackedEvent> m_recent;
    QMap<QString, Summary> m_summaries;
};

} // namespace Sandbox
