#pragma once

#include "liquid/value.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace Liquid {

// What `{% catalog_items %}` and `{% catalog_selection_items %}` read (braze-liquid.md §7.4):
// the host decides where from (a workspace's catalogs API through a cache, or a preview-only
// JSON file offline). Called while rendering, so an implementation answers from memory.
struct CatalogAnswer
{
    Array items;            // in the order asked; items not found are left out
    QStringList missingIds; // ids the catalog does not hold
    QString error;          // the catalog or selection could not be read: which call failed and why
};

class CatalogSource
{
public:
    virtual ~CatalogSource() = default;
    virtual CatalogAnswer items(const QString &catalog, const QStringList &ids) const = 0;
    virtual CatalogAnswer selection(const QString &catalog, const QString &selection) const = 0;
};

// Catalogs from JSON: {"CATALOG": {"items": [{"id": "…", …}, …], "selections": {"NAME": ["id", …]}}}.
// A selection may also list whole items. The preview's offline stand-in.
class JsonCatalogSource : public CatalogSource
{
public:
    explicit JsonCatalogSource(Value catalogs) : m_catalogs(std::move(catalogs)) {}
    CatalogAnswer items(const QString &catalog, const QStringList &ids) const override;
    CatalogAnswer selection(const QString &catalog, const QString &selection) const override;

private:
    Value m_catalogs;
};

// The offline file first; catalogs (or selections) it does not hold come from the second source
// (the workspace).
class LayeredCatalogSource : public CatalogSource
{
public:
    LayeredCatalogSource(std::shared_ptr<const CatalogSource> first, std::shared_ptr<const CatalogSource> second)
        : m_first(std::move(first)), m_second(std::move(second)) {}
    CatalogAnswer items(const QString &catalog, const QStringList &ids) const override;
    CatalogAnswer selection(const QString &catalog, const QString &selection) const override;

private:
    std::shared_ptr<const CatalogSource> m_first;
    std::shared_ptr<const CatalogSource> m_second;
};

} // namespace Liquid
