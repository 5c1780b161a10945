#include "sandbox/receivedrequestlog.h"

#include "sandbox/requestvalidation.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Sandbox {

namespace {
// "Bearer abcd… (36 characters)": enough to see which credential arrived, not enough to use it.
QString maskedSecret(const QByteArray &value)
{
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = space > 0 ? value.left(space + 1) : QByteArray();
    const QByteArray secret = value.mid(scheme.size());
    return QString::fromUtf8(scheme + secret.left(4)) + QStringLiteral("\u2026 (%1 characters)").arg(secret.size());
}

QJsonValue bodyValue(const QByteArray &body)
{
    if (body.isEmpty())
        return QJsonValue();
    if (body.size() > ReceivedRequestLog::BodyLimit)
        return QString::fromUtf8(body.left(ReceivedRequestLog::BodyLimit));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return QString::fromUtf8(body);
}
}

QJsonObject ReceivedRequestLog::redactedQuery(const SandboxRequest &request)
{
    // The legacy api_key travels in the query, and webhooks often carry a token there.
    static const QRegularExpression secretName(QStringLiteral("^(api_?key|key|token|auth|secret|password|passwd|signature|sig|session)$"
                                                              "|(_|-)(token|key|secret|signature|password)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QJsonObject query;
    for (const auto &item : request.queryItems)
        query.insert(item.first, secretName.match(item.first).hasMatch() ? maskedSecret(item.second.toUtf8()) : item.second);
    return query;
}

QJsonObject ReceivedRequestLog::redactedHeaders(const SandboxRequest &request, const QString &keyName)
{
    QJsonObject headers;
    for (const auto &h : request.headers) {
        const QString name = QString::fromLatin1(h.first).toLower();
        const bool secret = name == QLatin1String("authorization") || name == QLatin1String("x-api-key") || name == QLatin1String("cookie")
            || name == QLatin1String("proxy-authorization");
        const QString value = !secret ? QString::fromUtf8(h.second)
            : keyName.isEmpty() ? maskedSecret(h.second) : QStringLiteral("<redacted: %1>").arg(keyName);
        headers.insert(name, headers.contains(name) ? headers.value(name).toString() + QStringLiteral(", ") + value : value);
    }
    return headers;
}

ReceivedRequestLog::Entry ReceivedRequestLog::record(const SandboxRequest &request, const SandboxReply &reply, const QString &keyName,
                                     const QString &note, qint64 startedMs, qint64 durationUs)
{
    const QJsonObject query = redactedQuery(request);
    QJsonValue requestBody = bodyValue(request.body);
    if (requestBody.isObject() && requestBody.toObject().contains(QLatin1String("api_key"))) {
        QJsonObject o = requestBody.toObject();
        o.insert(QStringLiteral("api_key"), QStringLiteral("<redacted>"));
        requestBody = o;
    } else if (requestBody.isString()) {
        // A body kept as text (too large or not JSON) may still carry a legacy key.
        static const QRegularExpression legacyKey(QStringLiteral("(\"api_key\"\\s*:\\s*\")[^\"]*"));
        requestBody = requestBody.toString().replace(legacyKey, QStringLiteral("\\1<redacted>"));
    }
    const QString delivery = reply.delivery == SandboxReply::Delivery::Normal ? QString()
        : reply.delivery == SandboxReply::Delivery::Drop ? QStringLiteral("dropped")
        : reply.delivery == SandboxReply::Delivery::Truncate ? QStringLiteral("truncated") : QStringLiteral("trickled");
    Entry entry;
    entry.json = {{QStringLiteral("id"), m_nextId++},
                  {QStringLiteral("time"), RequestValidation::isoTime(startedMs)},
                  {QStringLiteral("method"), QString::fromLatin1(request.method)},
                  {QStringLiteral("path"), request.path},
                  {QStringLiteral("query"), query},
                  {QStringLiteral("headers"), redactedHeaders(request, keyName)},
                  {QStringLiteral("body"), requestBody},
                  {QStringLiteral("status"), reply.delivery == SandboxReply::Delivery::Drop ? 0 : reply.status},
                  {QStringLiteral("response"), bodyValue(reply.body)},
                  {QStringLiteral("key_name"), keyName},
                  {QStringLiteral("note"), note},
                  {QStringLiteral("delivery"), delivery},
                  {QStringLiteral("duration_ms"), double(durationUs) / 1000.0}};
    m_entries.append(entry.json);
    if (m_entries.size() > Capacity)
        m_entries.removeFirst();
    entry.line = QStringLiteral("%1 %2 %3 -> %4 (%5 ms)%6%7")
                     .arg(RequestValidation::isoTime(startedMs), QString::fromLatin1(request.method), request.path)
                     .arg(reply.delivery == SandboxReply::Delivery::Drop ? QStringLiteral("dropped") : QString::number(reply.status))
                     .arg(double(durationUs) / 1000.0, 0, 'f', 2)
                     .arg(keyName.isEmpty() ? QString() : QStringLiteral(" key=") + keyName)
                     .arg(note.isEmpty() && delivery.isEmpty() ? QString() : QStringLiteral(" [") + (note.isEmpty() ? delivery : note) + QLatin1Char(']'));
    return entry;
}

QJsonArray ReceivedRequestLog::entries(qint64 afterId) const
{
    QJsonArray array;
    for (const auto &e : m_entries) {
        if (e.value(QLatin1String("id")).toInteger() > afterId)
            array.append(e);
    }
    return array;
}

} // namespace Sandbox
