#pragma once

#include "liquid/filter.h"

#include <QHash>
#include <QStringList>

#include <memory>

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

// The filters one Environment knows, by name. Templates resolve names to FilterSpec pointers at
// parse time and keep the registry they were parsed with alive (Template::filters()).
class FilterRegistry
{
public:
    void add(const QString &name, FilterFunction function, int minArgs = 0, int maxArgs = 0,
             BrazeSupport braze = BrazeSupport::Documented);
    const FilterSpec *find(QStringView name) const;
    QStringList names() const;
    // The registered name closest to `unknown` (edit distance <= 2 or a shared prefix), or "".
    QString suggest(QStringView unknown) const;

    // Built once and shared by the environments of that dialect (thread-safe static init).
    static std::shared_ptr<const FilterRegistry> shopify();
    static std::shared_ptr<const FilterRegistry> braze();
    // Standard Liquid filters plus Braze's.
    static const FilterRegistry &standard() { return *braze(); }

private:
    // Keys view the spec's own name, so look-ups need no string.
    QHash<QStringView, FilterSpec> m_filters;
};

// The ONE place filters are registered: app/liquid/filters/standardfilters.cpp and
// app/liquid/braze/brazefilters.cpp.
void registerStandardFilters(FilterRegistry &registry);
void registerBrazeFilters(FilterRegistry &registry);

} // namespace Liquid
