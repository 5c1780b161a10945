#include "liquid/filterregistry.h"

#include <algorithm>

namespace Liquid {

void FilterRegistry::add(const QString &name, FilterFunction function, int minArgs, int maxArgs, BrazeSupport braze)
{
    m_filters.remove(name); // the old key views the old spec's name
    const FilterSpec spec{name, function, minArgs, maxArgs, braze};
    m_filters.insert(QStringView(spec.name), spec);
}

const FilterSpec *FilterRegistry::find(QStringView name) const
{
    const auto it = m_filters.constFind(name);
    return it == m_filters.cend() ? nullptr : &it.value();
}

QStringList FilterRegistry::names() const
{
    QStringList out;
    for (const FilterSpec &spec : m_filters)
        out.append(spec.name);
    out.sort();
    return out;
}

static int editDistance(QStringView a, QStringView b)
{
    QVarLengthArray<int, 64> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString FilterRegistry::suggest(QStringView unknown) const
{
    if (unknown.size() > 64)
        return QString();
    QString best;
    int bestDistance = 3;
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const int d = editDistance(unknown, it.key());
        if (d < bestDistance || (d == bestDistance && !best.isEmpty() && it.key() < QStringView(best))) {
            bestDistance = d;
            best = it.key().toString();
        }
    }
    return best;
}

std::shared_ptr<const FilterRegistry> FilterRegistry::shopify()
{
    static const auto registry = [] {
        auto r = std::make_shared<FilterRegistry>();
        registerStandardFilters(*r);
        return std::shared_ptr<const FilterRegistry>(std::move(r));
    }();
    return registry;
}

std::shared_ptr<const FilterRegistry> FilterRegistry::braze()
{
    static const auto registry = [] {
        auto r = std::make_shared<FilterRegistry>(*shopify());
        registerBrazeFilters(*r);
        return std::shared_ptr<const FilterRegistry>(std::move(r));
    }();
    return registry;
}

} // namespace Liquid
