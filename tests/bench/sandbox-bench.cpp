// sandbox-bench: requests per second of POST /users/track against a SandboxHost on loopback,
// with 1 and with 8 concurrent keep-alive connections (goal: >= 2,000/s). Raw QTcpSocket
// clients, because QNetworkAccessManager caps parallel connections per host at 6.
//
//   sandbox-bench [REQUESTS_PER_RUN]      (default 6000)
#include "sandbox/apikeytable.h"
#include "sandbox/sandboxhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace Sandbox;

namespace {

QByteArray trackRequest(const QString &host, int port, int n)
{
    const QByteArray body = QStringLiteral(
        "{\"attributes\":[{\"external_id\":\"bench_%1\",\"outgrow_quiz_score\":%2,\"AIQ_1001_A\":true}],"
        "\"events\":[{\"external_id\":\"bench_%1\",\"name\":\"outgrow_quiz_completed\",\"time\":\"2025-03-01T12:00:00Z\"}]}")
                                .arg(n % 500).arg(n % 101).toUtf8();
    return "POST /users/track HTTP/1.1\r\nHost: " + host.toLatin1() + ':' + QByteArray::number(port)
        + "\r\nAuthorization: Bearer " + ApiKeyTable::OutgrowKey + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// One keep-alive connection sending requests back to back.
class Client : public QObject
{
public:
    Client(const QUrl &base, int *remaining, int *failures, QList<qint64> *latenciesUs, std::function<void()> done)
        : m_base(base), m_remaining(remaining), m_failures(failures), m_latencies(latenciesUs), m_done(std::move(done))
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Client::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Client::read);
        m_socket.connectToHost(base.host(), quint16(base.port()));
    }

private:
    void sendNext()
    {
        if (*m_remaining <= 0) {
            m_socket.disconnectFromHost();
            m_done();
            return;
        }
        --*m_remaining;
        m_buffer.clear();
        m_timer.start();
        m_socket.write(trackRequest(m_base.host(), m_base.port(), m_sent++));
    }
    void read()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray headers = m_buffer.left(headerEnd).toLower();
        const qsizetype at = headers.indexOf("content-length:");
        const qsizetype lineEnd = headers.indexOf('\r', at);
        const int length = at < 0 ? 0 : headers.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toInt();
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        if (!m_buffer.startsWith("HTTP/1.1 201"))
            ++*m_failures;
        m_latencies->append(m_timer.nsecsElapsed() / 1000);
        sendNext();
    }

    QUrl m_base;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    int *m_remaining;
    int *m_failures;
    QList<qint64> *m_latencies;
    std::function<void()> m_done;
    int m_sent = 0;
};

void runOnce(const QUrl &base, int connections, int requests, QTextStream &out)
{
    int remaining = requests;
    int failures = 0;
    int finished = 0;
    QList<qint64> latencies;
    latencies.reserve(requests);
    QEventLoop loop;
    QElapsedTimer wall;
    wall.start();
    // Process CPU time (client and server threads together): a figure that holds even on a busy machine.
    const std::clock_t cpuStart = std::clock();
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < connections; ++i) {
        clients.push_back(std::make_unique<Client>(base, &remaining, &failures, &latencies, [&] {
            if (++finished == connections)
                loop.quit();
        }));
    }
    loop.exec();
    const double seconds = wall.nsecsElapsed() / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) { return latencies.isEmpty() ? 0.0 : latencies.at(qsizetype(p * (latencies.size() - 1))) / 1000.0; };
    out << QStringLiteral("users/track, %1 connection(s): %2 requests in %3 s = %4 req/s; latency p50 %5 ms, p99 %6 ms; "
                          "non-201 answers: %7; CPU %8 s = %9 req per CPU-second")
               .arg(connections).arg(latencies.size()).arg(seconds, 0, 'f', 2).arg(latencies.size() / seconds, 0, 'f', 0)
               .arg(percentile(0.5), 0, 'f', 2).arg(percentile(0.99), 0, 'f', 2).arg(failures)
               .arg(cpuSeconds, 0, 'f', 2).arg(cpuSeconds > 0 ? latencies.size() / cpuSeconds : 0.0, 0, 'f', 0)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int requests = argc > 1 ? qMax(100, QByteArray(argv[1]).toInt()) : 6000;
    SandboxHost host;
    SandboxHost::Options options;
    options.server.config.rateScale = 1000;     // measure the server, not Braze's 1,000/s burst limit
    if (!host.startAndWait(options)) {
        QTextStream(stderr) << host.errorString() << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << "sandbox-bench against " << host.baseUrl().toString() << " (" << requests << " requests per run)" << Qt::endl;
    runOnce(host.baseUrl(), 1, requests / 10, out);       // warm-up
    runOnce(host.baseUrl(), 1, requests, out);
    runOnce(host.baseUrl(), 8, requests, out);
    return 0;
}
