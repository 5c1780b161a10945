#include "sandbox/controlapi.h"

#include "sandbox/receivedrequestlog.h"
#include "sandbox/sandboxserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Sandbox {

namespace {

SandboxReply jsonArrayReply(const QJsonArray &array)
{
    SandboxReply reply;
    reply.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return reply;
}

// The body as an object, or nullopt when it is present but not a JSON object.
std::optional<QJsonObject> objectBody(const SandboxRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

SandboxReply notJson()
{
    return SandboxReply::message(400, QStringLiteral("The request body must be a JSON object."));
}

SandboxReply wrongMethod(const SandboxRequest &request)
{
    return SandboxReply::message(405, QStringLiteral("%1 is not supported on %2.").arg(QString::fromLatin1(request.method), request.path));
}

} // namespace

SandboxReply ControlApi::handle(const SandboxRequest &request, QString *note)
{
    *note = QStringLiteral("control");
    const QString path = request.path;
    if (path == QLatin1String("/_sandbox/webhooks") || path.startsWith(QLatin1String("/_sandbox/webhooks/"))) {
        *note = QStringLiteral("webhook");
        return webhook(request);
    }
    if (path == QLatin1String("/_sandbox") || path == QLatin1String("/_sandbox/")) {
        // An index, so the control API can be discovered with a browser or curl.
        return SandboxReply::json(200, {{QStringLiteral("endpoints"), QJsonArray{
            QStringLiteral("GET|POST /_sandbox/keys"), QStringLiteral("GET|POST /_sandbox/faults"), QStringLiteral("POST /_sandbox/reset"),
            QStringLiteral("GET|PUT /_sandbox/state"), QStringLiteral("GET|POST /_sandbox/config"),
            QStringLiteral("GET|DELETE /_sandbox/requests"), QStringLiteral("GET /_sandbox/sent"),
            QStringLiteral("GET /_sandbox/exports/<id>"), QStringLiteral("ANY /_sandbox/webhooks/<anything>"), QStringLiteral("GET|DELETE /_sandbox/webhooks"),
            QStringLiteral("GET|POST|DELETE /_sandbox/webhook-answers")}}});
    }
    if (path == QLatin1String("/_sandbox/keys"))
        return keys(request);
    if (path == QLatin1String("/_sandbox/webhook-answers"))
        return webhookAnswers(request);
    if (path.startsWith(QLatin1String("/_sandbox/exports/")))
        return exportFile(request);
    if (path == QLatin1String("/_sandbox/faults"))
        return faults(request);
    if (path == QLatin1String("/_sandbox/reset"))
        return reset(request);
    if (path == QLatin1String("/_sandbox/state"))
        return state(request);
    if (path == QLatin1String("/_sandbox/config"))
        return config(request);
    if (path == QLatin1String("/_sandbox/requests"))
        return requests(request);
    if (path == QLatin1String("/_sandbox/sent")) {
        if (request.method != "GET")
            return wrongMethod(request);
        QJsonArray sent;
        for (const auto &d : m_server.state().dispatches)
            sent.append(d);
        return jsonArrayReply(sent);
    }
    return SandboxReply::message(404, QStringLiteral("Not Found"));
}

SandboxReply ControlApi::keys(const SandboxRequest &request)
{
    if (request.method == "GET")
        return jsonArrayReply(m_server.state().keys.toJson());
    if (request.method != "POST")
        return wrongMethod(request);
    const auto body = objectBody(request);
    if (!body)
        return notJson();
    const ApiKey key = ApiKey::fromJson(*body);
    if (key.key.isEmpty() || key.name.isEmpty() || m_server.state().keys.find(key.key))
        return SandboxReply::message(400, QStringLiteral("A new key needs a name and a key value that is not already in use."));
    m_server.state().keys.add(key);
    m_server.stateChanged();
    return SandboxReply::json(201, key.toJson());
}

SandboxReply ControlApi::faults(const SandboxRequest &request)
{
    if (request.method == "POST") {
        const auto body = objectBody(request);
        if (!body)
            return notJson();
        const QString error = m_server.faults().apply(*body);
        if (!error.isEmpty())
            return SandboxReply::message(400, error);
    } else if (request.method != "GET") {
        return wrongMethod(request);
    }
    return SandboxReply::json(200, m_server.faults().toJson());
}

SandboxReply ControlApi::reset(const SandboxRequest &request)
{
    if (request.method != "POST")
        return wrongMethod(request);
    const auto body = objectBody(request);
    if (!body)
        return notJson();
    const QString seed = body->value(QLatin1String("seed")).toString(QStringLiteral("demo"));
    if (seed != QLatin1String("demo") && seed != QLatin1String("empty"))
        return SandboxReply::message(400, QStringLiteral("The seed must be \"demo\" or \"empty\"."));
    m_server.reset(seed);
    m_webhooks.clear();
    m_answers.clear();
    return SandboxReply::json(200, {{QStringLiteral("message"), QStringLiteral("success")}, {QStringLiteral("seed"), seed}});
}

SandboxReply ControlApi::state(const SandboxRequest &request)
{
    if (request.method == "GET")
        return SandboxReply::json(200, m_server.state().toJson());
    if (request.method != "PUT" && request.method != "POST")
        return wrongMethod(request);
    const auto body = objectBody(request);
    if (!body || !body->value(QLatin1String("users")).isArray())
        return SandboxReply::message(400, QStringLiteral("The body must be a sandbox state object as GET /_sandbox/state returns it."));
    m_server.replaceState(SandboxState::fromJson(*body));
    return SandboxReply::message(200, QStringLiteral("success"));
}

SandboxReply ControlApi::config(const SandboxRequest &request)
{
    if (request.method == "POST") {
        const auto body = objectBody(request);
        if (!body)
            return notJson();
        const QString error = m_server.config().apply(*body);
        if (!error.isEmpty())
            return SandboxReply::message(400, error);
        m_server.stateChanged();   // kept in the state file: the next sandbox on it behaves alike
    } else if (request.method != "GET") {
        return wrongMethod(request);
    }
    return SandboxReply::json(200, m_server.config().toJson());
}

SandboxReply ControlApi::requests(const SandboxRequest &request)
{
    if (request.method == "DELETE") {
        m_server.requestLog().clear();
        return SandboxReply::message(200, QStringLiteral("success"));
    }
    if (request.method != "GET")
        return wrongMethod(request);
    return jsonArrayReply(m_server.requestLog().entries(request.queryValue(QStringLiteral("after")).toLongLong()));
}

SandboxReply ControlApi::webhook(const SandboxRequest &request)
{
    if (request.path == QLatin1String("/_sandbox/webhooks")) {
        if (request.method == "DELETE") {
            m_webhooks.clear();
            return SandboxReply::message(200, QStringLiteral("success"));
        }
        QJsonArray list;
        for (const auto &w : m_webhooks)
            list.append(w);
        return jsonArrayReply(list);
    }
    QJsonObject echo{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                     {QStringLiteral("path"), request.path},
                     {QStringLiteral("query"), ReceivedRequestLog::redactedQuery(request)},
                     {QStringLiteral("headers"), ReceivedRequestLog::redactedHeaders(request, QString())},
                     {QStringLiteral("body"), QString::fromUtf8(request.body)}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (!request.body.isEmpty() && error.error == QJsonParseError::NoError)
        echo.insert(QStringLiteral("json"), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    m_webhooks.append(echo);
    if (m_webhooks.size() > WebhookCapacity)
        m_webhooks.removeFirst();
    return m_answers.next(echo);
}

SandboxReply ControlApi::webhookAnswers(const SandboxRequest &request)
{
    if (request.method == "DELETE") {
        m_answers.clear();
    } else if (request.method == "POST") {
        const auto body = objectBody(request);
        if (!body)
            return notJson();
        const QString error = m_answers.apply(*body);
        if (!error.isEmpty())
            return SandboxReply::message(400, error);
    } else if (request.method != "GET") {
        return wrongMethod(request);
    }
    return SandboxReply::json(200, m_answers.toJson());
}

SandboxReply ControlApi::exportFile(const SandboxRequest &request)
{
    if (request.method != "GET")
        return wrongMethod(request);
    const QString id = request.path.mid(int(qstrlen("/_sandbox/exports/")));
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const auto &e : std::as_const(m_server.state().exports)) {
        if (e.id != id)
            continue;
        // Like a storage URL handed out before the file is written: nothing there yet.
        if (e.readyAtMs > nowMs)
            break;
        SandboxReply reply;
        reply.contentType = "application/x-ndjson";
        reply.body = e.lines;
        return reply;
    }
    return SandboxReply::message(404, QStringLiteral("Not Found"));
}

} // namespace Sandbox
