#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxrequest.h"

#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerResponder;
class QTcpSocket;

namespace Sandbox {

class ConnectionTracker;

// The only place that knows QtHttpServer, whose API changed when it left technology preview:
// Qt 6.4-6.7 (a responder that writes status line, headers and body piecemeal and exposes its
// socket) and Qt 6.8 and later (QHttpHeaders, whole or chunked replies, no socket). Both are
// bound to our own QTcpServer, which watches each connection's request lines: no QtHttpServer
// version closes a connection after an HTTP/1.0 request or `Connection: close`, so the adapter
// does (RequestLineWatcher). The version check is in the .cpp; the rest of the sandbox sees
// neither. Every request goes through the missing handler, so the sandbox does its own routing
// and can answer wrong methods and unknown paths the way Braze does. Replies with a delay or a
// trickling body use the deferred pattern of toolchain.md: the responder is kept in a shared
// pointer and written later only if the socket is still connected.
class HttpServerAdapter : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<SandboxReply(const SandboxRequest &)>;

    explicit HttpServerAdapter(Handler handler, QObject *parent = nullptr);
    ~HttpServerAdapter() override;

    // The port listened on, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    struct Exchange; // one request's responder and the socket it answers on

    void handle(std::shared_ptr<Exchange> exchange, const SandboxRequest &request);
    void respond(std::shared_ptr<Exchange> exchange, SandboxReply reply);
    void closeWhenWritten(const std::shared_ptr<Exchange> &exchange);
    void trickle(std::shared_ptr<Exchange> exchange, SandboxReply reply, qsizetype offset);

    Handler m_handler;
    std::unique_ptr<QHttpServer> m_server;
    ConnectionTracker *m_connections = nullptr; // watches each socket; 6.8+: finds a request's socket (owned by m_server)
};

} // namespace Sandbox
