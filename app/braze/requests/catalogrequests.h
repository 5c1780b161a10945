#pragma once

#include "braze/apirequest.h"
#include "braze/ratelimitinfo.h"

#include <QJsonObject>
#include <QList>

// Typed calls of the synchronous catalog endpoints (braze-api-more.md §8) with Braze's rules
// checked before sending: names and item ids of letters, digits, '-' and '_' up to 250
// characters, the first field "id" of type string, one item per call and no "id" in its body.
namespace Braze {

struct CatalogListQuery
{
};

struct CatalogFieldSpec
{
    QString name;
    QString type;   // string, number, boolean, time, object, array
};

struct CatalogCreateRequest
{
    QString name;
    QString description;
    QList<CatalogFieldSpec> fields;     // the first must be {"id", "string"}
};

struct CatalogDeleteRequest
{
    QString name;
};

// One page of 50 items; `cursor` comes from the previous page's Link header (nextCatalogCursor()).
struct CatalogItemsQuery
{
    QString catalogName;
    QString cursor;
};

struct CatalogItemQuery
{
    QString catalogName;
    QString itemId;
};

struct CatalogItemWrite
{
    enum class Mode { Create, Update, Replace };
    Mode mode = Mode::Create;
    QString catalogName;
    QString itemId;
    QJsonObject fields;     // without "id"; for Update array fields may be {"$add": [...], "$remove": [...]}
};

struct CatalogItemDeleteRequest
{
    QString catalogName;
    QString itemId;
};

PreparedRequest prepare(const CatalogListQuery &query);
PreparedRequest prepare(const CatalogCreateRequest &request);
PreparedRequest prepare(const CatalogDeleteRequest &request);
PreparedRequest prepare(const CatalogItemsQuery &query);
PreparedRequest prepare(const CatalogItemQuery &query);
PreparedRequest prepare(const CatalogItemWrite &write);
PreparedRequest prepare(const CatalogItemDeleteRequest &request);

// The cursor of the rel="next" target in a Link header (`</catalogs/x/items?cursor=c2tpcDo1MA==>;
// rel="next"`), empty on the last page.
QString nextCatalogCursor(const HeaderList &headers);

} // namespace Braze
