#include "log/requestlogexport.h"

#include "files/atomicfilewriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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
    return {
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
    };
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
