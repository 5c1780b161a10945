#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxrequest.h"

#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerResponder;

// The only place that knows QtHttpServer (a technology preview in Qt 6.4 whose API changes in
// 6.8). Every request goes through the missing handler, so the sandbox does its own routing and
// can answer wrong methods and unknown paths the way Braze does. Replies with a delay or a
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
    void respond(QHttpServerResponder &&responder, SandboxReply reply);
    static void deliver(QHttpServerResponder &responder, const SandboxReply &reply, qsizetype bodyBytes);
    void trickle(std::shared_ptr<QHttpServerResponder> responder, SandboxReply reply, qsizetype offset);

    Handler m_handler;
    std::unique_ptr<QHttpServer> m_server;
};
