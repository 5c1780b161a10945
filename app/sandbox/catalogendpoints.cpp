// Synchronous catalog endpoints (braze-api-more.md §8): GET|POST /catalogs,
// DELETE /catalogs/{catalog_name} (50 per minute together), and the item calls
// GET /catalogs/{catalog_name}/items (50 per page, Link header) and
// GET|POST|PATCH|PUT|DELETE /catalogs/{catalog_name}/items/{item_id} (another 50 per minute).
// Errors use the catalog body of §1.3: {"errors": [{id, message, parameters, parameter_values}],
// "message": "Invalid Request"}.
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Sandbox {

namespace {

constexpr int PageSize = 50;
constexpr int MaxNameLength = 250;
constexpr int MaxFields = 500;
constexpr int MaxItemCharacters = 5000;
constexpr int MaxNesting = 50;

SandboxReply catalogError(int status, const char *id, const QString &message, const QString &parameter = {},
                          const QJsonValue &value = {})
{
    QJsonObject error{{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("message"), message},
                      {QStringLiteral("parameters"), parameter.isEmpty() ? QJsonArray() : QJsonArray{parameter}},
                      {QStringLiteral("parameter_values"), value.isUndefined() ? QJsonArray() : QJsonArray{value}}};
    return SandboxReply::json(status, {{QStringLiteral("errors"), QJsonArray{error}}, {QStringLiteral("message"), QStringLiteral("Invalid Request")}});
}

bool validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return pattern.match(name).hasMatch();
}

SandboxReply catalogNotFound(const QString &name)
{
    return catalogError(404, "catalog-not-found", QStringLiteral("Could not find catalog"), QStringLiteral("catalog_name"), name);
}

SandboxReply listCatalogs(ApiCall &call)
{
    QJsonArray catalogs;
    for (const auto &c : std::as_const(call.state.catalogs))
        catalogs.append(c.toJson());
    return SandboxReply::success(200, {{QStringLiteral("catalogs"), catalogs}});
}

SandboxReply createCatalog(ApiCall &call)
{
    const QJsonValue list = call.body.value(QLatin1String("catalogs"));
    if (!list.isArray() || list.toArray().isEmpty() || !list.toArray().first().isObject())
        return catalogError(400, "catalog-array-invalid", QStringLiteral("catalogs must be an array of objects"), QStringLiteral("catalogs"));
    if (list.toArray().size() > 1)
        return catalogError(400, "too-many-catalog-atoms", QStringLiteral("You can only create one catalog per request"), QStringLiteral("catalogs"));
    const QJsonObject o = list.toArray().first().toObject();
    const QString name = o.value(QLatin1String("name")).toString();
    if (name.size() > MaxNameLength)
        return catalogError(400, "catalog-name-too-large", QStringLiteral("Catalog name must be at most 250 characters"), QStringLiteral("name"), name);
    if (!validName(name))
        return catalogError(400, "invalid-catalog-name", QStringLiteral("Catalog name can only contain letters, numbers, hyphens and underscores"),
                            QStringLiteral("name"), name);
    if (call.state.catalog(name))
        return catalogError(400, "catalog-name-already-exists", QStringLiteral("A catalog with this name already exists"), QStringLiteral("name"), name);
    if (!o.value(QLatin1String("description")).isString())
        return catalogError(400, "invalid-fields", QStringLiteral("A catalog needs name, description and fields"), QStringLiteral("description"));
    if (o.value(QLatin1String("description")).toString().size() > MaxNameLength)
        return catalogError(400, "description-too-long", QStringLiteral("Description must be at most 250 characters"), QStringLiteral("description"));
    const QJsonValue fieldsValue = o.value(QLatin1String("fields"));
    if (!fieldsValue.isArray() || fieldsValue.toArray().isEmpty())
        return catalogError(400, "invalid-fields", QStringLiteral("A catalog needs name, description and fields"), QStringLiteral("fields"));
    if (fieldsValue.toArray().size() > MaxFields)
        return catalogError(400, "too-many-fields", QStringLiteral("A catalog may have at most 500 fields"), QStringLiteral("fields"));
    static const QStringList types{QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"),
                                   QStringLiteral("time"), QStringLiteral("object"), QStringLiteral("array")};
    Catalog catalog;
    catalog.name = name;
    catalog.description = o.value(QLatin1String("description")).toString();
    for (const auto &f : fieldsValue.toArray()) {
        const QString fieldName = f.toObject().value(QLatin1String("name")).toString();
        const QString type = f.toObject().value(QLatin1String("type")).toString();
        if (!f.isObject() || fieldName.isEmpty())
            return catalogError(400, "invalid-fields", QStringLiteral("Each field needs a name and a type"), QStringLiteral("fields"));
        if (fieldName.size() > MaxNameLength)
            return catalogError(400, "field-names-too-large", QStringLiteral("Field names must be at most 250 characters"), QStringLiteral("fields"), fieldName);
        if (!validName(fieldName))
            return catalogError(400, "invalid-field-names", QStringLiteral("Field names can only contain letters, numbers, hyphens and underscores"),
                                QStringLiteral("fields"), fieldName);
        if (!types.contains(type))
            return catalogError(400, "invalid-field-types", QStringLiteral("Field types must be string, number, boolean, time, object or array"),
                                QStringLiteral("fields"), type);
        if (catalog.field(fieldName))
            return catalogError(400, "field-names-not-unique", QStringLiteral("Field names must be unique"), QStringLiteral("fields"), fieldName);
        catalog.fields.append({fieldName, type});
    }
    if (catalog.fields.first().name != QLatin1String("id") || catalog.fields.first().type != QLatin1String("string"))
        return catalogError(400, "id-not-first-column", QStringLiteral("The first field must be 'id' of type string"), QStringLiteral("fields"));
    catalog.updatedAt = RequestValidation::isoTime(call.nowMs);
    call.state.catalogs.append(catalog);
    call.stateChanged = true;
    return SandboxReply::success(201, {{QStringLiteral("catalogs"), QJsonArray{catalog.toJson()}}});
}

SandboxReply removeCatalog(ApiCall &call)
{
    const QString name = call.param("catalog_name");
    const qsizetype before = call.state.catalogs.size();
    call.state.catalogs.removeIf([&](const Catalog &c) { return c.name == name; });
    if (call.state.catalogs.size() == before)
        return catalogNotFound(name);
    call.stateChanged = true;
    return SandboxReply::success(200);
}

// ---- items ----

QString cursorFor(qsizetype skip)
{
    return QString::fromLatin1(QByteArray("skip:" + QByteArray::number(skip)).toBase64());
}

std::optional<qsizetype> skipOf(const QString &cursor)
{
    const QByteArray decoded = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded.startsWith("skip:"))
        return std::nullopt;
    bool ok = false;
    const qsizetype skip = decoded.mid(5).toLongLong(&ok);
    return ok && skip >= 0 ? std::optional<qsizetype>(skip) : std::nullopt;
}

SandboxReply items(ApiCall &call)
{
    const QString name = call.param("catalog_name");
    const Catalog *catalog = call.state.catalog(name);
    if (!catalog)
        return catalogNotFound(name);
    qsizetype skip = 0;
    const bool hasCursor = call.request.hasQuery(QStringLiteral("cursor"));
    if (hasCursor) {
        const QString cursor = call.request.queryValue(QStringLiteral("cursor"));
        const auto parsed = skipOf(cursor);
        if (!parsed || *parsed > catalog->items.size())
            return catalogError(400, "invalid-cursor", QStringLiteral("'cursor' is not valid"), QStringLiteral("cursor"), cursor);
        skip = *parsed;
    }
    QJsonArray page;
    for (qsizetype i = skip; i < catalog->items.size() && page.size() < PageSize; ++i)
        page.append(catalog->items.at(i));
    SandboxReply reply = SandboxReply::success(200, {{QStringLiteral("items"), page}});
    // No Link header for catalogs of 50 items or fewer; no prev without a cursor, no next on the last page.
    if (catalog->items.size() > PageSize) {
        const QString base = QStringLiteral("/catalogs/%1/items?cursor=").arg(name);
        QStringList links;
        if (hasCursor)
            links << QStringLiteral("<%1%2>; rel=\"prev\"").arg(base, cursorFor(qMax<qsizetype>(0, skip - PageSize)));
        if (skip + PageSize < catalog->items.size())
            links << QStringLiteral("<%1%2>; rel=\"next\"").arg(base, cursorFor(skip + PageSize));
        if (!links.isEmpty())
            reply.setHeader("Link", links.join(QLatin1Char(',')).toUtf8());
    }
    return reply;
}

// Depth of nested objects/arrays and whether any object key contains '.' or '$'.
int depthOf(const QJsonValue &value, bool *badKey)
{
    int deepest = 0;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            *badKey = *badKey || it.key().contains(QLatin1Char('.')) || it.key().contains(QLatin1Char('$'));
            deepest = qMax(deepest, depthOf(it.value(), badKey));
        }
        return deepest + 1;
    }
    if (value.isArray()) {
        for (const auto &v : value.toArray())
            deepest = qMax(deepest, depthOf(v, badKey));
        return deepest + 1;
    }
    return 0;
}

bool fits(const QString &type, const QJsonValue &v)
{
    if (v.isNull())
        return true;
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("time"))
        return v.isString() && RequestValidation::parseTime(v.toString()).has_value();
    if (type == QLatin1String("object"))
        return v.isObject();
    return v.isArray();
}

// Checks the path's item id and the body's one item; on success fills `fields` (without id).
std::optional<SandboxReply> checkItem(ApiCall &call, const Catalog &catalog, bool patch, QJsonObject *fields)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const QString itemId = call.param("item_id");
    if (itemId.size() > MaxNameLength)
        return catalogError(400, "ids-too-large", QStringLiteral("Item IDs must be at most 250 characters"), QStringLiteral("item_id"), itemId);
    if (!idPattern.match(itemId).hasMatch())
        return catalogError(400, "invalid-ids", QStringLiteral("Item IDs can only contain letters, numbers, hyphens and underscores"),
                            QStringLiteral("item_id"), itemId);
    const QJsonValue list = call.body.value(QLatin1String("items"));
    if (!list.isArray() || list.toArray().isEmpty() || !list.toArray().first().isObject())
        return catalogError(400, "item-array-invalid", QStringLiteral("'items' must be an array with one object"), QStringLiteral("items"));
    if (list.toArray().size() > 1)
        return catalogError(400, "request-includes-too-many-items", QStringLiteral("This request takes exactly one item"), QStringLiteral("items"));
    const QJsonObject item = list.toArray().first().toObject();
    if (item.contains(QLatin1String("id")))
        return catalogError(400, "id-in-body", QStringLiteral("The item ID belongs in the path, not in the body"), QStringLiteral("id"));
    if (QJsonDocument(item).toJson(QJsonDocument::Compact).size() > MaxItemCharacters)
        return catalogError(400, "items-too-large", QStringLiteral("An item may have at most 5,000 characters"), QStringLiteral("items"));
    for (auto it = item.begin(); it != item.end(); ++it) {
        const CatalogField *field = catalog.field(it.key());
        if (!field)
            return catalogError(400, "invalid-fields", QStringLiteral("The field is not in the catalog"), QStringLiteral("fields"), it.key());
        bool badKey = false;
        if (depthOf(it.value(), &badKey) > MaxNesting)
            return catalogError(400, "too-deep-nesting-in-value-object", QStringLiteral("Values may nest at most 50 levels"), it.key());
        if (badKey)
            return catalogError(400, "invalid-keys-in-value-object", QStringLiteral("Object keys may not contain '.' or '$'"), it.key());
        const bool arrayOperation = patch && field->type == QLatin1String("array") && it.value().isObject();
        if (!arrayOperation && !fits(field->type, it.value()))
            return catalogError(400, "unable-to-coerce-value", QStringLiteral("The value does not fit the field's type"), it.key(), it.value());
    }
    *fields = item;
    return std::nullopt;
}

SandboxReply oneItem(ApiCall &call)
{
    const QString name = call.param("catalog_name");
    const Catalog *catalog = call.state.catalog(name);
    if (!catalog)
        return catalogNotFound(name);
    const qsizetype index = catalog->indexOf(call.param("item_id"));
    if (index < 0)
        return catalogError(404, "item-not-found", QStringLiteral("Could not find item"), QStringLiteral("item_id"), call.param("item_id"));
    return SandboxReply::success(200, {{QStringLiteral("items"), QJsonArray{catalog->items.at(index)}}});
}

enum class Write { Create, Update, Replace };

SandboxReply writeItem(ApiCall &call, Write write)
{
    const QString name = call.param("catalog_name");
    Catalog *catalog = call.state.catalog(name);
    if (!catalog)
        return catalogNotFound(name);
    QJsonObject fields;
    if (const auto error = checkItem(call, *catalog, write == Write::Update, &fields))
        return *error;
    const QString itemId = call.param("item_id");
    const qsizetype index = catalog->indexOf(itemId);
    if (write == Write::Create && index >= 0)
        return catalogError(400, "item-already-exists", QStringLiteral("The item already exists"), QStringLiteral("item_id"), itemId);
    if (write == Write::Update && index < 0)
        return catalogError(404, "item-not-found", QStringLiteral("Could not find item"), QStringLiteral("item_id"), itemId);
    QJsonObject item{{QStringLiteral("id"), itemId}};
    if (write == Write::Update)
        item = catalog->items.at(index);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (write == Write::Update && it.value().isObject() && catalog->field(it.key())->type == QLatin1String("array")) {
            // {"$add": [...], "$remove": [...]} on an array field.
            QJsonArray values = item.value(it.key()).toArray();
            for (const auto &v : it.value().toObject().value(QLatin1String("$add")).toArray())
                values.append(v);
            for (const auto &v : it.value().toObject().value(QLatin1String("$remove")).toArray()) {
                for (qsizetype i = values.size() - 1; i >= 0; --i) {
                    if (values.at(i) == v)
                        values.removeAt(i);
                }
            }
            item.insert(it.key(), values);
        } else {
            item.insert(it.key(), it.value());
        }
    }
    if (index >= 0)
        catalog->items[index] = item;
    else
        catalog->items.append(item);
    catalog->updatedAt = RequestValidation::isoTime(call.nowMs);
    call.stateChanged = true;
    return SandboxReply::success(write == Write::Create ? 201 : 200);
}

SandboxReply deleteItem(ApiCall &call)
{
    const QString name = call.param("catalog_name");
    Catalog *catalog = call.state.catalog(name);
    if (!catalog)
        return catalogNotFound(name);
    const qsizetype index = catalog->indexOf(call.param("item_id"));
    if (index < 0)
        return catalogError(404, "item-not-found", QStringLiteral("Could not find item"), QStringLiteral("item_id"), call.param("item_id"));
    catalog->items.removeAt(index);
    catalog->updatedAt = RequestValidation::isoTime(call.nowMs);
    call.stateChanged = true;
    return SandboxReply::success(202);
}

} // namespace

void EndpointFamilies::addCatalogs(EndpointTable &table)
{
    const QString catalogs = QLatin1String(RateLimiter::CatalogSync);
    const QString itemBucket = QLatin1String(RateLimiter::CatalogItemSync);
    const QString item = QStringLiteral("/catalogs/{catalog_name}/items/{item_id}");
    table.add(QStringLiteral("/catalogs"), {"GET", QStringLiteral("catalogs.get"), catalogs, false, listCatalogs});
    table.add(QStringLiteral("/catalogs"), {"POST", QStringLiteral("catalogs.create"), catalogs, false, createCatalog});
    table.add(QStringLiteral("/catalogs/{catalog_name}"), {"DELETE", QStringLiteral("catalogs.delete"), catalogs, false, removeCatalog});
    table.add(QStringLiteral("/catalogs/{catalog_name}/items"), {"GET", QStringLiteral("catalogs.get_items"), itemBucket, false, items});
    table.add(item, {"GET", QStringLiteral("catalogs.get_item"), itemBucket, false, oneItem});
    table.add(item, {"POST", QStringLiteral("catalogs.create_item"), itemBucket, false, [](ApiCall &c) { return writeItem(c, Write::Create); }});
    table.add(item, {"PATCH", QStringLiteral("catalogs.update_item"), itemBucket, false, [](ApiCall &c) { return writeItem(c, Write::Update); }});
    table.add(item, {"PUT", QStringLiteral("catalogs.replace_item"), itemBucket, false, [](ApiCall &c) { return writeItem(c, Write::Replace); }});
    table.add(item, {"DELETE", QStringLiteral("catalogs.delete_item"), itemBucket, false, deleteItem});
}

} // namespace Sandbox
