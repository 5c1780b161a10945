#include "sandbox/eventhistory.h"

namespace Sandbox {

namespace {

QJsonObject eventJson(const TrackedEvent &e)
{
    return {{QStringLiteral("name"), e.name}, {QStringLiteral("time"), e.time}, {QStringLiteral("properties"), e.properties}};
}

TrackedEvent eventFromJson(const QJsonObject &o)
{
    return {o.value(QLatin1String("name")).toString(), o.value(QLatin1String("time")).toString(),
            o.value(QLatin1String("properties")).toObject()};
}

} // namespace

void EventHistory::add(TrackedEvent event)
{
    count(event.name, event.time, event.time, 1);
    keep(std::move(event));
}

void EventHistory::merge(const EventHistory &other)
{
    for (auto it = other.m_summaries.constBegin(); it != other.m_summaries.constEnd(); ++it)
        count(it.key(), it->first, it->last, it->count);
    for (const TrackedEvent &e : other.m_recent)
        keep(e);
    std::stable_sort(m_recent.begin(), m_recent.end(),
                     [](const TrackedEvent &a, const TrackedEvent &b) { return a.time < b.time; });
}

void EventHistory::count(const QString &name, const QString &first, const QString &last, qint64 count)
{
    Summary &s = m_summaries[name];
    if (s.count == 0 || first < s.first)
        s.first = first;
    if (s.count == 0 || last > s.last)
        s.last = last;
    s.count += count;
}

void EventHistory::keep(TrackedEvent event)
{
    m_recent.append(std::move(event));
    if (m_recent.size() > KeptEvents)
        m_recent.remove(0, m_recent.size() - KeptEvents);
}

QJsonArray EventHistory::summaryJson() const
{
    QJsonArray array;
    for (auto it = m_summaries.constBegin(); it != m_summaries.constEnd(); ++it) {
        array.append(QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("first"), it->first},
                                 {QStringLiteral("last"), it->last}, {QStringLiteral("count"), it->count}});
    }
    return array;
}

QJsonObject EventHistory::toJson() const
{
    QJsonArray recent;
    for (const TrackedEvent &e : m_recent)
        recent.append(eventJson(e));
    return {{QStringLiteral("recent"), recent}, {QStringLiteral("counts"), summaryJson()}};
}

EventHistory EventHistory::fromJson(const QJsonValue &value)
{
    EventHistory history;
    if (value.isArray()) {
        for (const auto &e : value.toArray())
            history.add(eventFromJson(e.toObject()));
        return history;
    }
    const QJsonObject o = value.toObject();
    for (const auto &s : o.value(QLatin1String("counts")).toArray()) {
        const QJsonObject summary = s.toObject();
        const qint64 count = qMax<qint64>(0, qint64(summary.value(QLatin1String("count")).toDouble()));
        if (count > 0) {
            history.count(summary.value(QLatin1String("name")).toString(), summary.value(QLatin1String("first")).toString(),
                          summary.value(QLatin1String("last")).toString(), count);
        }
    }
    for (const auto &e : o.value(QLatin1String("recent")).toArray())
        history.keep(eventFromJson(e.toObject()));
    return history;
}

} // namespace Sandbox
