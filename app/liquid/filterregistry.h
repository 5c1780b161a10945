#pragma once

#include "liquid/filter.h"

#include <QHash>
#include <QStringList>

namespace Liquid {

// How Braze's documentation treats a filter (braze-liquid.md §6): the editor warns about
// Unsupported and Untested ones; rendering works the same for all.
enum class BrazeSupport : quint8 { Documented, Untested, Unsupported };

struct FilterSpec
{
    QString name;
    FilterFunction function = nullptr;
    int minArgs = 0;  // positional arguments, keywords not counted
    int maxArgs = 0;  // -1: any number
    BrazeSupport braze = BrazeSupport::Documented;
};

// Every filter by name. Templates resolve names to FilterSpec pointers at parse time, so the
// registry must outlive the templates parsed with it (standard() lives for the process).
class FilterRegistry
{
public:
    void add(const QString &name, FilterFunction function, int minArgs = 0, int maxArgs = 0,
             BrazeSupport braze = BrazeSupport::Documented);
    const FilterSpec *find(QStringView name) const;
    QStringList names() const;
    // The registered name closest to `unknown` (edit distance <= 2 or a shared prefix), or "".
    QString suggest(QStringView unknown) const;

    // Standard Liquid filters plus Braze's, built once (thread-safe static init).
    static const FilterRegistry &standard();

private:
    QHash<QString, FilterSpec> m_filters;
};

// The ONE place filters are registered: app/liquid/filters/standardfilters.cpp and
// app/liquid/braze/brazefilters.cpp.
void registerStandardFilters(FilterRegistry &registry);
void registerBrazeFilters(FilterRegistry &registry);

} // namespace Liquid
