#include "sandbox/httpserveradapter.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

SandboxRequest copyRequest(const QHttpServerRequest &request)
{
    SandboxRequest copy;
    copy.method = methodName(request.method());
    const QUrl url = request.url();
    copy.path = url.path();
    copy.queryItems = SandboxRequest::parseQuery(url.query(QUrl::FullyEncoded).toLatin1());
    copy.headers = request.headers();
    copy.body = request.body();
    copy.peer = request.remoteAddress();
    return copy;
}

bool connected(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace

HttpServerAdapter::HttpServerAdapter(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(std::make_unique<QHttpServer>())
{
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        respond(std::move(responder), m_handler(copyRequest(request)));
    });
}

HttpServerAdapter::~HttpServerAdapter() = default;

quint16 HttpServerAdapter::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void HttpServerAdapter::deliver(QHttpServerResponder &responder, const SandboxReply &reply, qsizetype bodyBytes)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    // The full length is announced even when less follows: that is what a truncated body is.
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(reply.body.left(bodyBytes));
}

void HttpServerAdapter::respond(QHttpServerResponder &&responder, SandboxReply reply)
{
    if (reply.delayMs <= 0 && reply.delivery == SandboxReply::Delivery::Normal) {
        deliver(responder, reply, reply.body.size());
        return;
    }
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = shared->socket();
    auto send = [this, shared, socket, reply]() {
        if (!connected(socket))
            return;
        switch (reply.delivery) {
        case SandboxReply::Delivery::Normal:
            deliver(*shared, reply, reply.body.size());
            break;
        case SandboxReply::Delivery::Drop:
            socket->abort();
            break;
        case SandboxReply::Delivery::Truncate:
            deliver(*shared, reply, reply.body.size() / 2);
            socket->disconnectFromHost();
            break;
        case SandboxReply::Delivery::Trickle:
            deliver(*shared, reply, 0);
            trickle(shared, reply, 0);
            break;
        }
    };
    // Even without latency, never close the socket from inside the server's own request handling.
    QTimer::singleShot(qMax(0, reply.delayMs), this, send);
}

void HttpServerAdapter::trickle(std::shared_ptr<QHttpServerResponder> responder, SandboxReply reply, qsizetype offset)
{
    const QPointer<QTcpSocket> socket = responder->socket();
    if (!connected(socket) || offset >= reply.body.size())
        return;
    responder->writeBody(reply.body.mid(offset, reply.trickleChunkBytes));
    const qsizetype next = offset + reply.trickleChunkBytes;
    if (next < reply.body.size()) {
        QTimer::singleShot(reply.trickleIntervalMs, this, [this, responder, reply, next]() {
            trickle(responder, reply, next);
        });
    }
}
