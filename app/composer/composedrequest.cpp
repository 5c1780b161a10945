#include "composer/composedrequest.h"

#include "braze/endpoints.h"
#include "braze/log/requestlogentry.h"
#include "braze/requests/requestbuilding.h"
#include "webhook/jsontext.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace {

QList<QPair<QString, QString>> queryRows(const QUrlQuery &query)
{
    QList<QPair<QString, QString>> rows;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        rows.append({key, value});
    return rows;
}

QString prettyIfJson(const QString &text)
{
    return text.trimmed().isEmpty() || Webhook::JsonText::validate(text).isValid() ? text : Webhook::JsonText::pretty(text);
}

} // namespace

ComposedRequest ComposedRequest::fromEndpoint(const Braze::EndpointInfo &endpoint)
{
    ComposedRequest request;
    request.method = endpoint.method;
    request.path = endpoint.path;
    request.query = queryRows(QUrlQuery(endpoint.exampleQuery));
    request.body = prettyIfJson(QString::fromUtf8(endpoint.exampleBody));
    return request;
}

ComposedRequest ComposedRequest::fromLogEntry(const Braze::RequestLogEntry &entry)
{
    const QUrl url(entry.url);
    ComposedRequest request;
    request.method = entry.method;
    request.path = url.path(QUrl::FullyDecoded);
    request.query = queryRows(QUrlQuery(url));
    request.body = prettyIfJson(QString::fromUtf8(entry.requestBody));
    return request;
}

QString ComposedRequest::pathAndQuery() const
{
    QUrlQuery encoded;
    for (const auto &[key, value] : query) {
        if (!key.trimmed().isEmpty())
            Braze::RequestBuilding::addQueryText(encoded, key.trimmed(), value);
    }
    const QString queryText = encoded.query(QUrl::FullyEncoded);
    return queryText.isEmpty() ? path.trimmed() : path.trimmed() + QLatin1Char('?') + queryText;
}

QJsonObject ComposedRequest::toJson() const
{
    QJsonArray rows;
    for (const auto &[key, value] : query)
        rows.append(QJsonArray{key, value});
    QJsonObject object{{QStringLiteral("method"), QString::fromLatin1(method)},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("query"), rows},
                       {QStringLiteral("body"), body}};
    if (!name.isEmpty())
        object.insert(QStringLiteral("name"), name);
    return object;
}

ComposedRequest ComposedRequest::fromJson(const QJsonObject &object)
{
    ComposedRequest request;
    request.name = object.value(QLatin1String("name")).toString();
    request.method = object.value(QLatin1String("method")).toString(QStringLiteral("POST")).toLatin1();
    request.path = object.value(QLatin1String("path")).toString();
    for (const QJsonValue &row : object.value(QLatin1String("query")).toArray())
        request.query.append({row.toArray().at(0).toString(), row.toArray().at(1).toString()});
    request.body = object.value(QLatin1String("body")).toString();
    return request;
}
