#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <algorithm>

namespace Sandbox {

// What a user did again and again: custom events, purchases. Braze keeps every occurrence, but all
// its API shows of them is, per name, how many there were and the first and last time (the
// export's custom_events and purchases, and total_revenue). The sandbox keeps exactly that for
// every occurrence, and the occurrences themselves (with their properties) only for the most
// recent Kept, so a user tracked in a loop costs bounded memory while the counts stay exact.
// Distinct names are bounded as well: past MaxNames a new name is refused (accepts()), the number
// of distinct product ids Braze's dashboard shows (braze-api.md §9.2).
//
// An Occurrence has `QString time`, `QString key() const` (its name), `qint64 times() const` (how
// many it counts for: a purchase of quantity X is X purchases), `double amount() const` (what it
// adds to the user's total, e.g. revenue), `QJsonObject toJson() const` and
// `static Occurrence fromJson(const QJsonObject &)`.
template<typename Occurrence>
class OccurrenceHistory
{
public:
    static constexpr qsizetype Kept = 100;
    static constexpr qsizetype MaxNames = 5000;

    struct Summary
    {
        qint64 count = 0;
        QString first;          // ISO 8601 times compare as strings
        QString last;
    };

    // False for a new name once MaxNames names are known.
    bool accepts(const QString &name) const { return m_summaries.contains(name) || m_summaries.size() < MaxNames; }

    void add(Occurrence occurrence)
    {
        count(occurrence.key(), occurrence.time, occurrence.time, occurrence.times());
        m_total += occurrence.amount();
        keep(std::move(occurrence));
    }

    // A merged profile has both histories: counts and totals add up, the most recent stay. The
    // two name sets together may pass MaxNames once; both were bounded, so the union is too.
    void merge(const OccurrenceHistory &other)
    {
        for (auto it = other.m_summaries.constBegin(); it != other.m_summaries.constEnd(); ++it)
            count(it.key(), it->first, it->last, it->count);
        m_total += other.m_total;
        for (const Occurrence &o : other.m_recent)
            keep(o);
        std::stable_sort(m_recent.begin(), m_recent.end(), [](const Occurrence &a, const Occurrence &b) { return a.time < b.time; });
    }

    // Oldest first, at most Kept.
    const QList<Occurrence> &recent() const { return m_recent; }
    const QMap<QString, Summary> &summaries() const { return m_summaries; }
    double total() const { return m_total; }
    bool isEmpty() const { return m_summaries.isEmpty(); }

    // [{name, first, last, count}], as users/export/ids shows custom_events and purchases.
    QJsonArray summaryJson() const
    {
        QJsonArray array;
        for (auto it = m_summaries.constBegin(); it != m_summaries.constEnd(); ++it) {
            array.append(QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("first"), it->first},
                                     {QStringLiteral("last"), it->last}, {QStringLiteral("count"), it->count}});
        }
        return array;
    }

    // The persisted form: {"recent": [...], "counts": [...], "total": x}.
    QJsonObject toJson() const
    {
        QJsonArray recent;
        for (const Occurrence &o : m_recent)
            recent.append(o.toJson());
        return {{QStringLiteral("recent"), recent}, {QStringLiteral("counts"), summaryJson()}, {QStringLiteral("total"), m_total}};
    }

    // Reads toJson()'s form, or a plain list of occurrences (state files written before the
    // history was bounded), which is counted one by one.
    static OccurrenceHistory fromJson(const QJsonValue &value)
    {
        OccurrenceHistory history;
        if (value.isArray()) {
            for (const auto &o : value.toArray())
                history.add(Occurrence::fromJson(o.toObject()));
            return history;
        }
        const QJsonObject o = value.toObject();
        for (const auto &s : o.value(QLatin1String("counts")).toArray()) {
            const QJsonObject summary = s.toObject();
            const qint64 count = std::max<qint64>(0, qint64(summary.value(QLatin1String("count")).toDouble()));
            const QString name = summary.value(QLatin1String("name")).toString();
            if (count > 0 && history.accepts(name)) {
                history.count(name, summary.value(QLatin1String("first")).toString(), summary.value(QLatin1String("last")).toString(),
                              count);
            }
        }
        history.m_total = o.value(QLatin1String("total")).toDouble();
        for (const auto &e : o.value(QLatin1String("recent")).toArray())
            history.keep(Occurrence::fromJson(e.toObject()));
        return history;
    }

private:
    void count(const QString &name, const QString &first, const QString &last, qint64 count)
    {
        Summary &s = m_summaries[name];
        if (s.count == 0 || first < s.first)
            s.first = first;
        if (s.count == 0 || last > s.last)
            s.last = last;
        s.count += count;
    }

    void keep(Occurrence occurrence)
    {
        m_recent.append(std::move(occurrence));
        if (m_recent.size() > Kept)
            m_recent.remove(0, m_recent.size() - Kept);
    }

    QList<Occurrence> m_recent;
    QMap<QString, Summary> m_summaries;
    double m_total = 0;
};

} // namespace Sandbox
