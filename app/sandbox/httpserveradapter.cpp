#include "sandbox/httpserveradapter.h"

#include "sandbox/requestlinewatcher.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtHttpServer/qthttpserverversion.h>

// QtHttpServer 6.8 is the first release with a stable API (see the header); everything that
// differs between the two is in this block and the #if branches below.
#if QTHTTPSERVER_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#define CONSOLE_HTTPSERVER_STABLE_API 1
#include <QHttpHeaders>
#else
#define CONSOLE_HTTPSERVER_STABLE_API 0
#endif

namespace Sandbox {

// QAbstractHttpServer takes each connection with QTcpServer::nextPendingConnection(), which is
// virtual: this server sees every socket before QtHttpServer does, to watch its request lines
// (HTTP/1.0 and Connection: close, which no QtHttpServer version honours). Qt 6.8's responder no
// longer hands out its socket, but a dropped or truncated reply must close it: the server also
// notes every socket by its peer port, which QHttpServerRequest reports from 6.8 on.
class ConnectionTracker : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = QTcpServer::nextPendingConnection();
        if (socket) {
            RequestLineWatcher::watch(socket);
            const quint16 port = socket->peerPort();
            m_sockets.insert(port, socket);
            connect(socket, &QObject::destroyed, this, [this, port] { m_sockets.remove(port); });
        }
        return socket;
    }

    QPointer<QTcpSocket> socketFor(quint16 peerPort) const { return m_sockets.value(peerPort); }

private:
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
};

struct HttpServerAdapter::Exchange
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    bool closeAfterReply = false;   // HTTP/1.0 without keep-alive, or Connection: close

    bool connected() const { return socket && socket->state() == QAbstractSocket::ConnectedState; }

#if CONSOLE_HTTPSERVER_STABLE_API
    static QHttpHeaders headers(const SandboxReply &reply)
    {
        QHttpHeaders headers;
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
        for (const auto &h : reply.headers)
            headers.append(h.first, h.second);
        return headers;
    }
    static QHttpServerResponder::StatusCode status(const SandboxReply &reply)
    {
        return static_cast<QHttpServerResponder::StatusCode>(reply.status);
    }

    // The whole reply (Content-Length is added by the responder).
    void writeWhole(const SandboxReply &reply) { responder.write(reply.body, headers(reply), status(reply)); }
    // Status line and headers; the body follows in parts, chunked (no Content-Length here).
    void writeHead(const SandboxReply &reply) { responder.writeBeginChunked(headers(reply), status(reply)); }
    void writePart(const QByteArray &part, bool last)
    {
        if (last)
            responder.writeEndChunked(part);
        else if (!part.isEmpty())
            responder.writeChunk(part);
    }
#else
    void writeWhole(const SandboxReply &reply)
    {
        writeHead(reply);
        responder.writeBody(reply.body);
    }
    // The full length is announced even when less follows: that is what a truncated body is.
    void writeHead(const SandboxReply &reply)
    {
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        responder.writeHeader("Content-Type", reply.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        for (const auto &h : reply.headers)
            responder.writeHeader(h.first, h.second);
    }
    void writePart(const QByteArray &part, bool /*last*/) { responder.writeBody(part); }
#endif
};

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
#if CONSOLE_HTTPSERVER_STABLE_API
    for (const auto &[name, value] : request.headers().toListOfPairs())
        copy.headers.append({name, value});
#else
    copy.headers = request.headers();
#endif
    copy.body = request.body();
    copy.peer = request.remoteAddress();
    return copy;
}

} // namespace

HttpServerAdapter::HttpServerAdapter(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(std::make_unique<QHttpServer>())
{
#if CONSOLE_HTTPSERVER_STABLE_API
    m_server->setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        auto exchange = std::make_shared<Exchange>(Exchange{std::move(responder), m_connections->socketFor(request.remotePort())});
        handle(std::move(exchange), copyRequest(request));
    });
#else
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        auto exchange = std::make_shared<Exchange>(Exchange{std::move(responder), {}});
        exchange->socket = exchange->responder.socket();
        handle(std::move(exchange), copyRequest(request));
    });
#endif
}

HttpServerAdapter::~HttpServerAdapter() = default;

quint16 HttpServerAdapter::listen(const QHostAddress &address, quint16 port)
{
    auto tracker = std::make_unique<ConnectionTracker>();
    if (!tracker->listen(address, port))
        return 0;
#if CONSOLE_HTTPSERVER_STABLE_API
    if (!m_server->bind(tracker.get()))
        return 0;
#else
    m_server->bind(tracker.get()); // 6.4: returns nothing, needs a server that already listens
#endif
    m_connections = tracker.release(); // bind() made m_server its parent
    return m_connections->serverPort();
}

void HttpServerAdapter::handle(std::shared_ptr<Exchange> exchange, const SandboxRequest &request)
{
    exchange->closeAfterReply = !RequestLineWatcher::keepsAlive(exchange->socket, request.header("connection"));
    SandboxReply reply = m_handler(request);
    if (exchange->closeAfterReply)
        reply.setHeader("Connection", "close");
    respond(std::move(exchange), std::move(reply));
}

void HttpServerAdapter::closeWhenWritten(const std::shared_ptr<Exchange> &exchange)
{
    // disconnectFromHost() sends what is still buffered first. Not from inside QtHttpServer's
    // own request handling, which goes on using the socket after the handler returns.
    if (exchange->closeAfterReply && exchange->socket) {
        QTimer::singleShot(0, exchange->socket.data(), [socket = exchange->socket]() {
            if (socket)
                socket->disconnectFromHost();
        });
    }
}

void HttpServerAdapter::respond(std::shared_ptr<Exchange> exchange, SandboxReply reply)
{
    if (reply.delayMs <= 0 && reply.delivery == SandboxReply::Delivery::Normal) {
        exchange->writeWhole(reply);
        closeWhenWritten(exchange);
        return;
    }
    auto send = [this, exchange, reply]() {
        if (!exchange->connected())
            return;
        switch (reply.delivery) {
        case SandboxReply::Delivery::Normal:
            exchange->writeWhole(reply);
            closeWhenWritten(exchange);
            break;
        case SandboxReply::Delivery::Drop:
            exchange->socket->abort();
            break;
        case SandboxReply::Delivery::Truncate:
            exchange->writeHead(reply);
            exchange->writePart(reply.body.left(reply.body.size() / 2), false);
            exchange->socket->disconnectFromHost();
            break;
        case SandboxReply::Delivery::Trickle:
            if (reply.body.isEmpty()) {
                exchange->writeWhole(reply);
                closeWhenWritten(exchange);
                break;
            }
            exchange->writeHead(reply);
            trickle(exchange, reply, 0);
            break;
        }
    };
    // Even without latency, never close the socket from inside the server's own request handling.
    QTimer::singleShot(qMax(0, reply.delayMs), this, send);
}

void HttpServerAdapter::trickle(std::shared_ptr<Exchange> exchange, SandboxReply reply, qsizetype offset)
{
    if (!exchange->connected() || offset >= reply.body.size())
        return;
    const qsizetype next = offset + reply.trickleChunkBytes;
    exchange->writePart(reply.body.mid(offset, reply.trickleChunkBytes), next >= reply.body.size());
    if (next >= reply.body.size())
        closeWhenWritten(exchange);
    if (next < reply.body.size()) {
        QTimer::singleShot(reply.trickleIntervalMs, this, [this, exchange, reply, next]() {
            trickle(exchange, reply, next);
        });
    }
}

} // namespace Sandbox
