#pragma once

#include "webhook/audience/audiencegroup.h"
#include "webhook/outputsite.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Webhook {

// How one Liquid output of a template behaved across an audience: how often it rendered, how
// often empty, how often its `default:` stood in, and its most common values. Distinct values are
// counted up to a cap so a column of unique e-mail addresses cannot grow without bound; the rest
// are counted as "other values".
class OutputTally
{
public:
    static constexpr int MaxDistinctValues = 5000;
    static constexpr int MaxValueLength = 200;

    OutputTally() = default;
    OutputTally(const OutputSite &site, const QString &source) : m_site(site), m_source(source) {}

    const OutputSite &site() const { return m_site; }
    QString source() const { return m_source; }   // the output as written, e.g. {{${email_address}}}

    void add(const AudienceUserRef &user, QStringView text, bool fellBackToDefault);

    qint64 rendered() const { return m_rendered; }
    const AudienceGroup &empty() const { return m_empty; }
    const AudienceGroup &fellBack() const { return m_fellBack; }
    qint64 otherValues() const { return m_otherValues; }
    qint64 distinctValues() const { return m_values.size(); }
    // The most common values, most frequent first (ties: alphabetical), at most `count`.
    QList<std::pair<QString, qint64>> topValues(int count = 10) const;

private:
    OutputSite m_site;
    QString m_source;
    qint64 m_rendered = 0;
    AudienceGroup m_empty{AudienceGroup::Kind::EmptyOutput, QStringLiteral("empty"), {}, 0, {}};
    AudienceGroup m_fellBack{AudienceGroup::Kind::DefaultOutput, QStringLiteral("default"), {}, 0, {}};
    QHash<QString, qint64> m_values;
    qint64 m_otherValues = 0;
};

} // namespace Webhook
