#include "liquid/environment.h"
#include "webhook/connectedcontentgate.h"

#include <QRegularExpression>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace Webhook;

namespace {

Liquid::ConnectedContentRequest get(const QString &url)
{
    Liquid::ConnectedContentRequest request;
    request.url = url;
    return request;
}

// A loopback server on its own thread (the test thread waits in fetch()): it answers every
// request with `head` and then `bodyBytes` bytes of body, written as the client reads them.
class AnsweringServer : public QThread
{
public:
    AnsweringServer(QByteArray head, qint64 bodyBytes) : m_head(std::move(head)), m_bodyBytes(bodyBytes) {}
    ~AnsweringServer() override
    {
        quit();
        wait();
    }
    quint16 startAndWaitForPort()
    {
        start();
        while (!m_port.loadAcquire())
            QThread::yieldCurrentThread();
        return quint16(m_port.loadAcquire());
    }
    qint64 written() const { return m_written.loadAcquire(); }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            QTcpSocket *socket = server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                socket->readAll();
                socket->write(m_head);
                const auto more = [this, socket] {
                    const QByteArray chunk(64 * 1024, 'x');
                    if (m_written.loadAcquire() < m_bodyBytes && socket->bytesToWrite() < 256 * 1024) {
                        socket->write(chunk);
                        m_written.fetchAndAddRelease(chunk.size());
                    }
                };
                QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
                more();
            });
        });
        m_port.storeRelease(server.serverPort());
        exec();
    }

private:
    QByteArray m_head;
    qint64 m_bodyBytes;
    QAtomicInt m_port;
    QAtomicInteger<qint64> m_written;
};

} // namespace

// connected_content as the preview fetches it: where calls may go, how much is read, how many.
class TestConnectedContentGate : public QObject
{
    Q_OBJECT

private slots:
    // Reading a reply after aborting it ("QIODevice::read (QNetworkReplyHttpImpl): device not
    // open") is a mistake of ours, not noise: it fails the test.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("QIODevice::.*device not open"))); }
    void addressesThatAreRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("reason");
        QTest::newRow("private 10/8") << "10.0.0.1" << "private";
        QTest::newRow("private 172.16/12") << "172.20.1.1" << "private";
        QTest::newRow("private 192.168/16") << "192.168.1.10" << "private";
        QTest::newRow("unique local IPv6") << "fd12::1" << "private";
        QTest::newRow("cloud metadata") << "169.254.169.254" << "metadata";
        QTest::newRow("link-local") << "169.254.10.1" << "link-local";
        QTest::newRow("IPv6 link-local") << "fe80::1" << "link-local";
        QTest::newRow("IPv4-mapped private") << "::ffff:10.0.0.1" << "private";
        QTest::newRow("loopback") << "127.0.0.1" << "this computer";
        QTest::newRow("IPv6 loopback") << "::1" << "this computer";
        QTest::newRow("public") << "93.184.216.34" << "";
    }
    void addressesThatAreRefused()
    {
        QFETCH(QString, address);
        QFETCH(QString, reason);
        const QString refusal = ConnectedContentGate::refusal(QHostAddress(address), false);
        QVERIFY2(reason.isEmpty() ? refusal.isEmpty() : refusal.contains(reason), qPrintable(refusal));
    }

    void privateAddressesAreRefusedAfterResolving()
    {
        ConnectedContentGate gate;
        gate.setAllowed(true);
        // "localhost" is a name: the refusal looks at what it resolves to.
        for (const QString &url : {QStringLiteral("http://10.0.0.1/offers"), QStringLiteral("http://169.254.169.254/latest/meta-data/"),
                                   QStringLiteral("http://localhost:9/")}) {
            QElapsedTimer clock;
            clock.start();
            const Liquid::ConnectedContentResponse response = gate.fetch(get(url));
            QVERIFY(!response.performed);
            QVERIFY2(response.error.contains(QLatin1String("refuses")), qPrintable(response.error));
            QVERIFY(clock.elapsed() < 1500);   // refused, not tried until a timeout
        }
    }

    void anEndlessAnswerIsAbandonedPastOneMegabyte()
    {
        AnsweringServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n", 300 * 1024 * 1024);
        const quint16 port = server.startAndWaitForPort();
        ConnectedContentGate gate;
        gate.setAllowed(true);
        gate.setLoopbackAllowed(true);
        gate.setTimeoutMs(10000);
        const Liquid::ConnectedContentResponse response = gate.fetch(get(QStringLiteral("http://127.0.0.1:%1/huge").arg(port)));
        QVERIFY(!response.performed);
        QVERIFY2(response.error.contains(QLatin1String("1 MB")), qPrintable(response.error));
        QVERIFY(response.body.isEmpty());
        QVERIFY2(server.written() < 16 * 1024 * 1024, qPrintable(QString::number(server.written())));   // streamed, not held
    }

    void anAnnouncedLargeAnswerIsNotRead()
    {
        AnsweringServer server("HTTP/1.1 200 OK\r\nContent-Length: 314572800\r\n\r\n", 0);
        const quint16 port = server.startAndWaitForPort();
        ConnectedContentGate gate;
        gate.setAllowed(true);
        gate.setLoopbackAllowed(true);
        const Liquid::ConnectedContentResponse response = gate.fetch(get(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        QVERIFY2(response.error.contains(QLatin1String("1 MB")), qPrintable(response.error));
    }

    void aSmallAnswerIsUsed()
    {
        AnsweringServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}", 0);
        const quint16 port = server.startAndWaitForPort();
        auto gate = std::make_shared<ConnectedContentGate>();
        gate->setAllowed(true);
        gate->setLoopbackAllowed(true);
        Liquid::Environment env;
        env.setConnectedContentFetcher(gate);
        const Liquid::RenderResult result = env.render(
            QStringLiteral("{% connected_content http://127.0.0.1:%1/ :save answer %}{{ answer.ok }}").arg(port), Liquid::Value(Liquid::Object()), QStringLiteral("t"));
        QCOMPARE(result.output, QStringLiteral("true"));
    }

    void callsPerRenderAreCapped()
    {
        auto gate = std::make_shared<ConnectedContentGate>();   // not allowed: every call is only listed
        Liquid::Environment env;
        env.setConnectedContentFetcher(gate);
        const Liquid::RenderResult result = env.render(
            QStringLiteral("{% for i in (1..50) %}{% connected_content https://example.com/{{ i }} %}{% endfor %}"),
            Liquid::Value(Liquid::Object()), QStringLiteral("t"));
        QCOMPARE(result.connectedContent.size(), 50);
        const int cap = env.limits().maxConnectedContentCalls;
        QVERIFY(result.connectedContent.at(cap - 1).response.error.contains(QLatin1String("allow")));
        QVERIFY2(result.connectedContent.at(cap).response.error.contains(QLatin1String("at most")),
                 qPrintable(result.connectedContent.at(cap).response.error));
    }
};

QTEST_GUILESS_MAIN(TestConnectedContentGate)
#include "tst_connectedcontentgate.moc"
