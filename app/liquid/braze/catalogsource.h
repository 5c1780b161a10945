#pragma once

#include "liquid/value.h"

#include <QHash>
#include <QStringList>

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

} // namespace Liquid
