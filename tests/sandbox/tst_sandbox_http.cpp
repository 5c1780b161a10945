// The sandbox's HTTP framing as raw clients see it: HTTP/1.0 and `Connection: close` get their
// answer and then the server closes the connection (ab -n 100 -c 1 waited forever before);
// HTTP/1.1 and HTTP/1.0 with keep-alive keep it open for the next request.
#include "sandbox/sandboxhost.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QtTest>

using namespace Sandbox;

namespace {

struct RawResponse
{
    QByteArray head;
    QByteArray body;
    bool complete = false;      // the whole body announced by Content-Length arrived

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// Writes one request and reads one response, judging its end by Content-Length, as a client
// that keeps the connection must. The server thread answers while this one waits.
RawResponse exchange(QTcpSocket &socket, const QByteArray &request)
{
    socket.write(request);
    RawResponse response;
    QByteArray received;
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        received += socket.readAll();
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            response.head = received.left(headEnd);
            const qsizetype length = response.header("Content-Length").toLongLong();
            if (received.size() - headEnd - 4 >= length) {
                response.body = received.mid(headEnd + 4, length);
                response.complete = true;
                return response;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState || !socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
    }
    return response;
}

} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_host;

    void connectTo(QTcpSocket &socket)
    {
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_host.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
    }
    static QByteArray request(const QByteArray &version, const QByteArray &extraHeaders = {})
    {
        return "GET /_sandbox/faults HTTP/" + version + "\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_host.startAndWait());
    }

    void answersThenCloses_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("HTTP/1.0") << request("1.0");
        QTest::newRow("HTTP/1.0, Connection: close") << request("1.0", "Connection: close\r\n");
        QTest::newRow("HTTP/1.1, Connection: close") << request("1.1", "Connection: close\r\n");
        QTest::newRow("HTTP/1.1, Connection: Close, TE") << request("1.1", "Connection: TE, Close\r\n");
        QTest::newRow("blank lines before the request") << QByteArray("\r\n\r\n" + request("1.0"));
    }
    void answersThenCloses()
    {
        QFETCH(QByteArray, request);
        QTcpSocket socket;
        connectTo(socket);
        const RawResponse response = exchange(socket, request);
        QVERIFY2(response.complete, response.head);
        QVERIFY2(response.head.startsWith("HTTP/1.1 200"), response.head);
        QVERIFY(response.body.contains("drop_rate"));
        QCOMPARE(response.header("Connection").toLower(), QByteArray("close"));
        // The server hangs up: a client that reads until the end of the connection finishes.
        if (socket.state() != QAbstractSocket::UnconnectedState)
            QVERIFY(socket.waitForDisconnected(5000));
        QCOMPARE(socket.readAll(), QByteArray());
    }

    void keepsConnectionOpen_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("HTTP/1.1") << request("1.1");
        QTest::newRow("HTTP/1.0, Connection: keep-alive") << request("1.0", "Connection: keep-alive\r\n");
    }
    void keepsConnectionOpen()
    {
        QFETCH(QByteArray, request);
        QTcpSocket socket;
        connectTo(socket);
        for (int i = 0; i < 3; ++i) {
            const RawResponse response = exchange(socket, request);
            QVERIFY2(response.complete, response.head);
            QVERIFY(response.header("Connection").isEmpty());
            QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        }
    }

    // ab -n 100 -c 1 in miniature: each HTTP/1.0 client reads until the server closes.
    void hundredHttp10ClientsInARow()
    {
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            connectTo(socket);
            socket.write(request("1.0"));
            QByteArray all;
            while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
                all += socket.readAll();
            all += socket.readAll();
            QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
            QVERIFY2(all.startsWith("HTTP/1.1 200") && all.endsWith("}"), all);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
