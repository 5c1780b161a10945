#include "braze/log/requestlogexport.h"

#include "files/atomicfilewriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

namespace Braze {

namespace {

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)}, {QStringLiteral("value"), QString::fromUtf8(value)}});
    return array;
}

QJsonValue bodyToJson(const QByteArray &body)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject())
        return json.object();
    if (json.isArray())
        return json.array();
    return QString::fromUtf8(body);
}

HeaderList headersFromJson(const QJsonArray &array)
{
    HeaderList headers;
    for (const QJsonValue &value : array) {
        const QJsonObject header = value.toObject();
        headers.append({header.value(QLatin1String("name")).toString().toLatin1(), header.value(QLatin1String("value")).toString().toUtf8()});
    }
    return headers;
}

QByteArray bodyFromJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return value.toString().toUtf8();
}

} // namespace

QJsonObject requestLogEntryToJson(const RequestLogEntry &entry)
{
    QJsonObject rateLimit;
    if (entry.rateLimit.limit >= 0)
        rateLimit.insert(QStringLiteral("limit"), entry.rateLimit.limit);
    if (entry.rateLimit.remaining >= 0)
        rateLimit.insert(QStringLiteral("remaining"), entry.rateLimit.remaining);
    if (entry.rateLimit.resetEpochSeconds >= 0)
        rateLimit.insert(QStringLiteral("reset"), entry.rateLimit.resetEpochSeconds);
    QJsonObject json{
        {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("workspace"), entry.workspace},
        {QStringLiteral("call"), QString::number(entry.callId)},
        {QStringLiteral("attempt"), entry.attempt},
        {QStringLiteral("method"), QString::fromLatin1(entry.method)},
        {QStringLiteral("url"), entry.url},
        {QStringLiteral("status"), entry.httpStatus},
        {QStringLiteral("outcome"), entry.outcome},
        {QStringLiteral("duration_ms"), entry.durationMs},
        {QStringLiteral("rate_limit"), rateLimit},
        {QStringLiteral("request_headers"), headersToJson(entry.requestHeaders)},
        {QStringLiteral("request_body"), bodyToJson(entry.requestBody)},
        {QStringLiteral("response_headers"), headersToJson(entry.responseHeaders)},
        {QStringLiteral("response_body"), bodyToJson(entry.responseBody)},
        {QStringLiteral("origin"), entry.origin.key()},
        {QStringLiteral("carries_api_key"), entry.carriesApiKey},
    };
    if (!entry.origin.detail.isEmpty())
        json.insert(QStringLiteral("origin_detail"), entry.origin.detail);
    if (entry.origin.replayOf != 0)
        json.insert(QStringLiteral("replay_of"), QString::number(entry.origin.replayOf));
    return json;
}

bool requestLogEntryFromJson(const QJsonObject &json, RequestLogEntry *entry)
{
    const QDateTime time = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    const QString method = json.value(QLatin1String("method")).toString();
    const QString url = json.value(QLatin1String("url")).toString();
    if (!time.isValid() || method.isEmpty() || url.isEmpty())
        return false;
    RequestLogEntry e;
    e.time = time;
    e.workspace = json.value(QLatin1String("workspace")).toString();
    e.callId = json.value(QLatin1String("call")).toString().toULongLong();
    e.attempt = json.value(QLatin1String("attempt")).toInt(1);
    e.method = method.toLatin1();
    e.url = url;
    e.endpoint = endpointFor(e.method, QUrl(url).path()).id;
    e.httpStatus = json.value(QLatin1String("status")).toInt();
    e.outcome = json.value(QLatin1String("outcome")).toString();
    e.durationMs = json.value(QLatin1String("duration_ms")).toInteger();
    const QJsonObject rateLimit = json.value(QLatin1String("rate_limit")).toObject();
    e.rateLimit.limit = rateLimit.value(QLatin1String("limit")).toInteger(-1);
    e.rateLimit.remaining = rateLimit.value(QLatin1String("remaining")).toInteger(-1);
    e.rateLimit.resetEpochSeconds = rateLimit.value(QLatin1String("reset")).toInteger(-1);
    e.requestHeaders = headersFromJson(json.value(QLatin1String("request_headers")).toArray());
    e.requestBody = bodyFromJson(json.value(QLatin1String("request_body")));
    e.responseHeaders = headersFromJson(json.value(QLatin1String("response_headers")).toArray());
    e.responseBody = bodyFromJson(json.value(QLatin1String("response_body")));
    e.origin.kind = RequestOrigin::kindFromKey(json.value(QLatin1String("origin")).toString());
    e.origin.detail = json.value(QLatin1String("origin_detail")).toString();
    e.origin.replayOf = json.value(QLatin1String("replay_of")).toString().toULongLong();
    e.carriesApiKey = json.value(QLatin1String("carries_api_key")).toBool();
    *entry = e;
    return true;
}

bool exportRequestLog(const QList<RequestLogEntry> &entries, const QString &fileName, QString *errorMessage)
{
    QJsonArray array;
    for (const RequestLogEntry &entry : entries)
        array.append(requestLogEntryToJson(entry));
    const QString problem = AtomicFileWriter::write(fileName, QJsonDocument(QJsonObject{{QStringLiteral("requests"), array}}).toJson(QJsonDocument::Indented),
                                                    AtomicFileWriter::Folder::MustExist);
    if (errorMessage)
        *errorMessage = problem;
    return problem.isEmpty();
}

QString prettyBody(const QByteArray &body)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (!json.isNull())
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

} // namespace Braze
