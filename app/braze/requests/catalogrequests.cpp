#include "braze/requests/catalogrequests.h"

#include "braze/requests/requestbuilding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Braze {

using namespace RequestBuilding;

namespace {

constexpr int MaxNameLength = 250;
constexpr int MaxFields = 500;
constexpr int MaxItemCharacters = 5000;

bool validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return !name.isEmpty() && name.size() <= MaxNameLength && pattern.match(name).hasMatch();
}

void checkName(ValidationIssues &issues, const QString &field, const QString &name)
{
    if (!validName(name))
        issues.append({field, QCoreApplication::translate("Validation", "“%1” must have 1 to 250 letters, digits, hyphens or underscores.").arg(field)});
}

PreparedRequest itemRequest(Endpoint endpoint, const QString &catalogName, const QString &itemId, const QJsonObject &body,
                            ValidationIssues issues)
{
    checkName(issues, QStringLiteral("catalog_name"), catalogName);
    checkName(issues, QStringLiteral("item_id"), itemId);
    PreparedRequest prepared = body.isEmpty() ? queryRequest(endpoint, {}, issues) : jsonRequest(endpoint, body, issues);
    fillPath(prepared, {{QStringLiteral("catalog_name"), catalogName}, {QStringLiteral("item_id"), itemId}});
    return prepared;
}

} // namespace

PreparedRequest prepare(const CatalogListQuery &)
{
    return queryRequest(Endpoint::CatalogsList, {});
}

PreparedRequest prepare(const CatalogCreateRequest &request)
{
    static const QStringList types{QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"),
                                   QStringLiteral("time"), QStringLiteral("object"), QStringLiteral("array")};
    ValidationIssues issues;
    checkName(issues, QStringLiteral("name"), request.name);
    if (request.description.size() > MaxNameLength)
        issues.append({QStringLiteral("description"), QCoreApplication::translate("Validation", "The description must be at most 250 characters.")});
    if (request.fields.isEmpty() || request.fields.first().name != QLatin1String("id") || request.fields.first().type != QLatin1String("string"))
        issues.append({QStringLiteral("fields"), QCoreApplication::translate("Validation", "The first field of a catalog must be “id” of type string.")});
    if (request.fields.size() > MaxFields)
        issues.append({QStringLiteral("fields"), QCoreApplication::translate("Validation", "A catalog has at most 500 fields.")});
    QJsonArray fields;
    QStringList seen;
    for (qsizetype i = 0; i < request.fields.size(); ++i) {
        const CatalogFieldSpec &f = request.fields.at(i);
        const QString field = QStringLiteral("fields[%1]").arg(i);
        checkName(issues, field, f.name);
        if (!types.contains(f.type))
            issues.append({field, QCoreApplication::translate("Validation", "“%1” is not a catalog field type (string, number, boolean, time, object or array).").arg(f.type)});
        if (seen.contains(f.name))
            issues.append({field, QCoreApplication::translate("Validation", "The field name “%1” is used twice.").arg(f.name)});
        seen << f.name;
        fields.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("type"), f.type}});
    }
    const QJsonObject catalog{{QStringLiteral("name"), request.name}, {QStringLiteral("description"), request.description},
                              {QStringLiteral("fields"), fields}};
    return jsonRequest(Endpoint::CatalogsCreate, {{QStringLiteral("catalogs"), QJsonArray{catalog}}}, issues);
}

PreparedRequest prepare(const CatalogDeleteRequest &request)
{
    ValidationIssues issues;
    checkName(issues, QStringLiteral("catalog_name"), request.name);
    PreparedRequest prepared = queryRequest(Endpoint::CatalogsDelete, {}, issues);
    fillPath(prepared, {{QStringLiteral("catalog_name"), request.name}});
    return prepared;
}

PreparedRequest prepare(const CatalogItemsQuery &query)
{
    ValidationIssues issues;
    checkName(issues, QStringLiteral("catalog_name"), query.catalogName);
    QUrlQuery urlQuery;
    if (!query.cursor.isEmpty())
        addQueryText(urlQuery, QStringLiteral("cursor"), query.cursor);
    PreparedRequest prepared = queryRequest(Endpoint::CatalogItemsList, urlQuery, issues);
    fillPath(prepared, {{QStringLiteral("catalog_name"), query.catalogName}});
    return prepared;
}

PreparedRequest prepare(const CatalogItemQuery &query)
{
    return itemRequest(Endpoint::CatalogItemGet, query.catalogName, query.itemId, {}, {});
}

PreparedRequest prepare(const CatalogItemWrite &write)
{
    ValidationIssues issues;
    if (write.fields.contains(QLatin1String("id")))
        issues.append({QStringLiteral("items[0].id"), QCoreApplication::translate("Validation", "The item ID goes in the path, not in the item's fields.")});
    if (write.fields.isEmpty())
        issues.append({QStringLiteral("items[0]"), QCoreApplication::translate("Validation", "Give the item at least one field.")});
    if (QJsonDocument(write.fields).toJson(QJsonDocument::Compact).size() > MaxItemCharacters)
        issues.append({QStringLiteral("items[0]"), QCoreApplication::translate("Validation", "An item may have at most 5,000 characters.")});
    const Endpoint endpoint = write.mode == CatalogItemWrite::Mode::Create  ? Endpoint::CatalogItemCreate
                              : write.mode == CatalogItemWrite::Mode::Update ? Endpoint::CatalogItemUpdate
                                                                              : Endpoint::CatalogItemReplace;
    return itemRequest(endpoint, write.catalogName, write.itemId, {{QStringLiteral("items"), QJsonArray{write.fields}}}, issues);
}

PreparedRequest prepare(const CatalogItemDeleteRequest &request)
{
    return itemRequest(Endpoint::CatalogItemDelete, request.catalogName, request.itemId, {}, {});
}

QString nextCatalogCursor(const HeaderList &headers)
{
    static const QRegularExpression link(QStringLiteral("<([^>]+)>;\\s*rel=\"next\""));
    for (const auto &h : headers) {
        if (h.first.compare("link", Qt::CaseInsensitive) != 0)
            continue;
        const QRegularExpressionMatch match = link.match(QString::fromUtf8(h.second));
        if (match.hasMatch())
            return QUrlQuery(QUrl(match.captured(1)).query()).queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    }
    return {};
}

} // namespace Braze
