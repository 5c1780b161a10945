#include "liquid/braze/catalogsource.h"

#include <QCoreApplication>

namespace Liquid {

static const Value *itemWithId(const Value &catalog, QStringView id)
{
    const Value *items = catalog.isObject() ? catalog.objectValue().find(QStringLiteral("items")) : nullptr;
    if (!items || !items->isArray())
        return nullptr;
    for (const Value &item : items->arrayValue()) {
        if (!item.isObject())
            continue;
        const Value *itemId = item.objectValue().find(QStringLiteral("id"));
        if (itemId && itemId->toString() == id)
            return &item;
    }
    return nullptr;
}

CatalogAnswer JsonCatalogSource::items(const QString &catalog, const QStringList &ids) const
{
    CatalogAnswer answer;
    const Value *c = m_catalogs.isObject() ? m_catalogs.objectValue().find(catalog) : nullptr;
    if (!c) {
        answer.error = QCoreApplication::translate("Liquid", "the catalog '%1' is not in the preview's catalog data").arg(catalog);
        return answer;
    }
    for (const QString &id : ids) {
        if (const Value *item = itemWithId(*c, id))
            answer.items.append(*item);
        else
            answer.missingIds.append(id);
    }
    return answer;
}

CatalogAnswer JsonCatalogSource::selection(const QString &catalog, const QString &selection) const
{
    CatalogAnswer answer;
    const Value *c = m_catalogs.isObject() ? m_catalogs.objectValue().find(catalog) : nullptr;
    const Value *selections = c && c->isObject() ? c->objectValue().find(QStringLiteral("selections")) : nullptr;
    const Value *chosen = selections && selections->isObject() ? selections->objectValue().find(selection) : nullptr;
    if (!chosen || !chosen->isArray()) {
        answer.error = c ? QCoreApplication::translate("Liquid", "the catalog '%1' has no selection '%2' in the preview's catalog data").arg(catalog, selection)
                         : QCoreApplication::translate("Liquid", "the catalog '%1' is not in the preview's catalog data").arg(catalog);
        return answer;
    }
    for (const Value &entry : chosen->arrayValue()) {
        if (entry.isObject()) {
            answer.items.append(entry);
        } else if (const Value *item = itemWithId(*c, entry.toString())) {
            answer.items.append(*item);
        } else {
            answer.missingIds.append(entry.toString());
        }
    }
    return answer;
}

CatalogAnswer LayeredCatalogSource::items(const QString &catalog, const QStringList &ids) const
{
    CatalogAnswer answer = m_first->items(catalog, ids);
    return answer.error.isEmpty() ? answer : m_second->items(catalog, ids);
}

CatalogAnswer LayeredCatalogSource::selection(const QString &catalog, const QString &selection) const
{
    CatalogAnswer answer = m_first->selection(catalog, selection);
    return answer.error.isEmpty() ? answer : m_second->selection(catalog, selection);
}

} // namespace Liquid
