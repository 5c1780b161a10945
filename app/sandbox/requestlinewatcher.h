#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace Sandbox {

// Remembers the HTTP version of the request a socket is delivering, so the sandbox can honour
// HTTP/1.0 and `Connection: close`. QtHttpServer (6.4 to 6.8) parses the request line but tells
// no one the version, and never closes a connection after a reply: an HTTP/1.0 client such as
// ab, which reads until the server closes, waited forever. The watcher reads each request line
// before QtHttpServer does: it is connected to readyRead first, and a request starts wherever no
// read transaction is open (QtHttpServer opens one per request and commits it once the request
// is complete), so peeking there shows the request line without consuming it.
class RequestLineWatcher : public QObject
{
    Q_OBJECT
public:
    // Watches a new connection; the watcher is the socket's child. Call before QtHttpServer
    // connects to the socket's readyRead.
    static void watch(QTcpSocket *socket);

    // Whether the connection stays open after the reply to the request just read from socket
    // (RFC 9112 §9.3): HTTP/1.1 unless `Connection: close`, HTTP/1.0 only with
    // `Connection: keep-alive`. A socket that is not watched is taken for HTTP/1.1.
    static bool keepsAlive(const QTcpSocket *socket, const QByteArray &connectionHeader);

    // "1.0", "1.1", or empty while the request line has not been read.
    QByteArray version() const { return m_version; }

private:
    explicit RequestLineWatcher(QTcpSocket *socket);
    void readRequestLine();

    QTcpSocket *m_socket;
    QByteArray m_line;          // the request line so far
    QByteArray m_version;
    bool m_lineComplete = false;
};

} // namespace Sandbox
