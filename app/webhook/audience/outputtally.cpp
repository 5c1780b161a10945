#include "webhook/audience/outputtally.h"

#include <algorithm>

namespace Webhook {

void OutputTally::add(const AudienceUserRef &user, QStringView text, bool fellBackToDefault)
{
    ++m_rendered;
    if (text.trimmed().isEmpty())
        m_empty.add(user);
    if (fellBackToDefault)
        m_fellBack.add(user);
    const QString value = text.left(MaxValueLength).toString();
    auto it = m_values.find(value);
    if (it != m_values.end())
        ++*it;
    else if (m_values.size() < MaxDistinctValues)
        m_values.insert(value, 1);
    else
        ++m_otherValues;
}

QList<std::pair<QString, qint64>> OutputTally::topValues(int count) const
{
    QList<std::pair<QString, qint64>> all;
    all.reserve(m_values.size());
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        all.append({it.key(), it.value()});
    const auto order = [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; };
    const qsizetype keep = qMin<qsizetype>(count, all.size());
    std::partial_sort(all.begin(), all.begin() + keep, all.end(), order);
    all.resize(keep);
    return all;
}

} // namespace Webhook
