#include "pendingcall.h"
#include "sandboxfixture.h"

#include "braze/log/requestlogmodel.h"
#include "sandbox/apikeytable.h"

#include <QRegularExpression>
#include <QTest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <atomic>
#include <optional>

using namespace Braze;
using namespace TestSupport;
using namespace Sandbox;

namespace {

const QString AllKey = QString::fromLatin1(ApiKeyTable::AllPermissionsKey);

TrackRequest oneAttribute(int i)
{
    TrackRequest request;
    request.attributes.append({UserIdentifier::externalId(QStringLiteral("fault-%1").arg(i)), {{QStringLiteral("fault_test"), i}}, {}});
    return request;
}

// A loopback server that writes the same raw bytes whenever a client sends something.
bool answerEveryRequest(QTcpServer &server, const QByteArray &answer)
{
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, answer] {
        QTcpSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
            socket->readAll();
            socket->write(answer);
        });
    });
    return server.listen(QHostAddress::LocalHost);
}

// What the sandbox received, from its control API: how many requests went to `path`.
int requestsReceived(const SandboxHost &host, const QString &path)
{
    QNetworkAccessManager manager;
    QUrl url = host.baseUrl();
    url.setPath(QStringLiteral("/_sandbox/requests"));
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return -1;
    const QJsonArray entries = QJsonDocument::fromJson(reply->readAll()).array();
    reply->deleteLater();
    return int(std::count_if(entries.begin(), entries.end(), [&path](const QJsonValue &entry) {
        return entry.toObject().value(QStringLiteral("path")).toString() == path;
    }));
}

// A loopback server that reads each request and closes the connection without answering,
// counting the requests that reached it.
bool dropEveryRequest(QTcpServer &server, int *received)
{
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, received] {
        QTcpSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, received] {
            if (socket->readAll().contains("HTTP/1.1"))
                ++*received;
            socket->disconnectFromHost();
        });
    });
    return server.listen(QHostAddress::LocalHost);
}

ExportIdsRequest oneExport()
{
    return {{UserIdentifier::externalId(QStringLiteral("nobody"))}, {}, {QStringLiteral("external_id")}};
}

} // namespace

// How the layer behaves when Braze or the network misbehaves (the sandbox's fault control):
// rate limits, server errors, slow and broken answers, cancellation.
class TestBrazeFaults : public QObject
{
    Q_OBJECT

    static SandboxHost::Options options()
    {
        SandboxHost::Options o;
        o.server.seed = QStringLiteral("empty");
        return o;
    }

private slots:
    // Reading a reply after aborting it ("QIODevice::read (QNetworkReplyHttpImpl): device not
    // open") is a mistake of ours, not noise: it fails the test.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("QIODevice::.*device not open"))); }
    void rateLimitWaitsForTheResetAndRetries()
    {
        SandboxHost host;
        SandboxHost::Options o = options();
        o.server.config.rateScale = 0.001; // users/track: 3 requests per 3 s window
        QVERIFY(host.startAndWait(o));
        ClientOptions quick = quickOptions();
        quick.paceByDocumentedLimits = false; // let Braze say 429
        RequestLogModel log;
        const auto client = clientFor(host, AllKey, quick);
        client->setRequestLog(&log);

        std::vector<PendingCall> calls;
        QList<int> waits;
        for (int i = 0; i < 6; ++i) {
            RequestHandle *handle = client->track(oneAttribute(i));
            connect(handle, &RequestHandle::waitingForRateLimit, this, [&waits](int seconds) { waits.append(seconds); });
            calls.emplace_back(handle);
        }
        int retried = 0;
        for (PendingCall &call : calls) {
            const ApiResult result = call.result(20000);
            QVERIFY2(result.succeeded(), qPrintable(result.error.fullText()));
            retried += result.attempts > 1 ? 1 : 0;
        }
        QVERIFY(retried >= 1);
        QVERIFY(!waits.isEmpty());
        QVERIFY2(*std::max_element(waits.cbegin(), waits.cend()) <= 3 && *std::min_element(waits.cbegin(), waits.cend()) >= 0, qPrintable(QString::number(waits.first())));
        const auto rateLimited = std::count_if(log.entries().cbegin(), log.entries().cend(), [](const RequestLogEntry &e) { return e.httpStatus == 429; });
        QVERIFY(rateLimited >= 1);
        QVERIFY(log.entries().last().rateLimit.resetEpochSeconds > 0);

        // With no retries allowed the 429 reaches the caller, explained.
        quick.maxRateLimitRetries = 0;
        const auto impatient = clientFor(host, AllKey, quick);
        std::vector<PendingCall> burst;
        for (int i = 0; i < 5; ++i)
            burst.emplace_back(impatient->track(oneAttribute(i)));
        bool sawRateLimited = false;
        for (PendingCall &call : burst) {
            const ApiResult result = call.result();
            if (result.error.kind == ApiError::Kind::RateLimited) {
                sawRateLimited = true;
                QVERIFY(!result.error.hint.isEmpty());
            }
        }
        QVERIFY(sawRateLimited);
    }

    void pacingKeepsUnderTheLimitBraezeReports()
    {
        SandboxHost host;
        SandboxHost::Options o = options();
        o.server.config.rateScale = 0.001;
        QVERIFY(host.startAndWait(o));
        RequestLogModel log;
        const auto client = clientFor(host, AllKey);
        client->setRequestLog(&log);
        QVERIFY(resultOf(client->track(oneAttribute(0))).succeeded()); // learns "3 per window"
        std::vector<PendingCall> calls;
        for (int i = 1; i < 5; ++i)
            calls.emplace_back(client->track(oneAttribute(i)));
        for (PendingCall &call : calls)
            QVERIFY(call.result(20000).succeeded());
        for (const RequestLogEntry &entry : log.entries())
            QVERIFY2(entry.httpStatus != 429, "the client should have waited instead of being refused");
    }

    void serverErrorsAreRetriedOnlyWhenSafe()
    {
        SandboxHost host;
        SandboxHost::Options o = options();
        o.server.faults.serverErrorRate = 1.0;
        QVERIFY(host.startAndWait(o));
        const auto client = clientFor(host, AllKey);

        RequestHandle *handle = client->exportIds(oneExport());
        QList<int> delays;
        connect(handle, &RequestHandle::retryScheduled, this, [&delays](int, int delayMs) { delays.append(delayMs); });
        const ApiResult safe = resultOf(handle);
        QCOMPARE(safe.error.kind, ApiError::Kind::ServerError);
        QCOMPARE(safe.attempts, 4);
        QCOMPARE(delays.size(), 3);
        for (int delay : delays)
            QVERIFY(delay >= 10 && delay <= 100);

        const ApiResult unsafe = resultOf(client->track(oneAttribute(1)));
        QCOMPARE(unsafe.error.kind, ApiError::Kind::ServerError);
        QCOMPARE(unsafe.attempts, 1); // events could be recorded twice: not repeated

        PreparedRequest optedIn = prepare(oneAttribute(2));
        optedIn.request.retryEvenIfUnsafe = true;
        QCOMPARE(resultOf(client->send(optedIn)).attempts, 4);
    }

    // Retry waits are durations on the monotonic clock. The wall clock jumping an hour back while
    // a retry waits would stretch a wall-clock wait by an hour, and a jump forward would let the
    // retry go the next time the worker looks at its queue (another call makes it look).
    void retryWaitsIgnoreWallClockChanges_data()
    {
        QTest::addColumn<qint64>("jumpMs");
        QTest::newRow("an hour back") << qint64(-3600 * 1000);
        QTest::newRow("an hour forward") << qint64(3600 * 1000);
    }
    void retryWaitsIgnoreWallClockChanges()
    {
        QFETCH(qint64, jumpMs);
        SandboxHost host;
        SandboxHost::Options o = options();
        o.server.faults.serverErrorRate = 1.0;
        QVERIFY(host.startAndWait(o));
        auto shift = std::make_shared<std::atomic<qint64>>(0);
        ClientOptions slow = quickOptions();
        slow.backoffBaseMs = 600;
        slow.backoffMaxMs = 600; // the retry waits 300 to 600 ms
        slow.maxRetries = 1;
        slow.wallClockMs = [shift] { return QDateTime::currentMSecsSinceEpoch() + shift->load(); };
        const auto client = clientFor(host, AllKey, slow);

        RequestHandle *handle = client->exportIds(oneExport());
        PendingCall call(handle);
        std::optional<PendingCall> other;
        QElapsedTimer sinceScheduled;
        int delay = -1;
        qint64 secondAttemptAfter = -1;
        connect(handle, &RequestHandle::retryScheduled, this, [&](int, int delayMs) {
            delay = delayMs;
            sinceScheduled.start();
            shift->store(jumpMs);
            other.emplace(client->exportIds(oneExport()));
        });
        connect(handle, &RequestHandle::attemptStarted, this, [&](int attempt) {
            if (attempt == 2)
                secondAttemptAfter = sinceScheduled.elapsed();
        });
        const ApiResult result = call.result(10000);
        QCOMPARE(result.attempts, 2);
        QVERIFY2(delay >= 300, qPrintable(QString::number(delay)));
        // The signals reach this thread queued, both about equally late.
        QVERIFY2(secondAttemptAfter >= delay - 50,
                 qPrintable(QStringLiteral("retry after %1 ms of a %2 ms wait").arg(secondAttemptAfter).arg(delay)));
        QVERIFY(other.has_value());
        QCOMPARE(other->result(10000).attempts, 2);
    }

    void htmlFromTheEdgeIsAServerError()
    {
        SandboxHost host;
        SandboxHost::Options o = options();
        o.server.faults.htmlRate = 1.0;
        QVERIFY(host.startAndWait(o));
        const ApiResult result = resultOf(clientFor(host, AllKey)->track(oneAttribute(0)));
        QCOMPARE(result.error.kind, ApiError::Kind::ServerError);
        QCOMPARE(result.httpStatus, 502);
        QCOMPARE(result.error.detail, QStringLiteral("502 Bad Gateway"));
    }

    void brokenAnswers_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");
        QTest::newRow("dropped connection") << "drop" << int(ApiError::Kind::ConnectionDropped);
        QTest::newRow("truncated body") << "truncate" << int(ApiError::Kind::ConnectionDropped);
        QTest::newRow("no answer in time") << "latency" << int(ApiError::Kind::Timeout);
    }
    void brokenAnswers()
    {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        SandboxHost host;
        SandboxHost::Options o = options();
        if (fault == QLatin1String("drop"))
            o.server.faults.dropRate = 1.0;
        else if (fault == QLatin1String("truncate"))
            o.server.faults.truncateRate = 1.0;
        else
            o.server.faults.latencyMs = 1500;
        QVERIFY(host.startAndWait(o));
        ClientOptions quick = quickOptions();
        quick.timeoutMs = 300;
        const auto client = clientFor(host, AllKey, quick);
        const ApiResult unsafe = resultOf(client->track(oneAttribute(0)));
        QCOMPARE(int(unsafe.error.kind), kind);
        QCOMPARE(unsafe.attempts, 1);
        QVERIFY(!unsafe.error.hint.isEmpty());
        const ApiResult safe = resultOf(client->exportIds(oneExport()));
        QCOMPARE(int(safe.error.kind), kind);
        QCOMPARE(safe.attempts, 4);
    }

    void cancellationStopsACallAtOnce()
    {
        SandboxHost host;
        SandboxHost::Options o = options();
        o.server.faults.latencyMs = 3000;
        QVERIFY(host.startAndWait(o));
        const auto client = clientFor(host, AllKey);
        RequestHandle *handle = client->exportIds(oneExport());
        PendingCall call(handle);
        QSignalSpy started(handle, &RequestHandle::attemptStarted);
        QVERIFY(started.wait());
        handle->cancel();
        const ApiResult result = call.result();
        QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);

        // A call still in the queue is dropped without being sent.
        ClientOptions single = quickOptions();
        single.maxConcurrentPerHost = 1;
        RequestLogModel log;
        const auto queued = clientFor(host, AllKey, single);
        queued->setRequestLog(&log);
        PendingCall first(queued->exportIds(oneExport()));
        RequestHandle *second = queued->exportIds(oneExport());
        PendingCall secondCall(second);
        second->cancel();
        QCOMPARE(secondCall.result().error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(log.rowCount(), 0);
    }

    void oversizedAnswerIsRefused()
    {
        SandboxHost host;
        QVERIFY(host.startAndWait(options()));
        ClientOptions small = quickOptions();
        small.maxResponseBytes = 16;
        const ApiResult result = resultOf(clientFor(host, AllKey, small)->listSegments({}));
        QCOMPARE(result.error.kind, ApiError::Kind::ResponseTooLarge);
        QVERIFY(result.body.isEmpty());
    }

    void nothingListening()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        Braze::BrazeClient client({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), AllKey, QStringLiteral("Nowhere"), quickOptions()});
        const ApiResult result = resultOf(client.track(oneAttribute(0)));
        QCOMPARE(result.error.kind, ApiError::Kind::ConnectionRefused);
        QCOMPARE(result.attempts, 4); // never reached the server, so even users/track may be repeated
        QVERIFY(result.error.message.contains(QLatin1String("127.0.0.1")));
    }

    void plainHttpServerIsNotTls()
    {
        // An https:// endpoint whose server speaks plain HTTP: the TLS handshake fails.
        QTcpServer server;
        QVERIFY(answerEveryRequest(server, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"));
        Braze::BrazeClient client({QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())), AllKey, QStringLiteral("TLS"), quickOptions()});
        const ApiResult result = resultOf(client.listSegments({}));
        QVERIFY2(result.error.kind == ApiError::Kind::Tls, qPrintable(result.error.detail));
        QVERIFY(result.error.hint.contains(QLatin1String("never ignores")));
    }

    void answerThatIsNotJson()
    {
        // A server that answers 200 with a web page, as a dashboard URL would.
        QTcpServer server;
        QVERIFY(answerEveryRequest(server, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 22\r\n\r\n<html>Dashboard</html>"));
        Braze::BrazeClient client({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), AllKey, QStringLiteral("Web"), quickOptions()});
        const ApiResult result = resultOf(client.listSegments({}));
        QCOMPARE(result.error.kind, ApiError::Kind::NotJson);
        QVERIFY(result.error.hint.contains(QLatin1String("REST endpoint")));
    }

    void aDroppedWriteReachesTheSandboxOnce()
    {
        // Qt's HTTP layer sent a write again on a fresh connection when the first one closed
        // without an answer: the sandbox held two /users/track for one call.
        SandboxHost host;
        SandboxHost::Options o = options();
        o.server.faults.dropRate = 1.0;
        QVERIFY(host.startAndWait(o));
        const ApiResult result = resultOf(clientFor(host, AllKey)->track(oneAttribute(0)));
        QCOMPARE(result.error.kind, ApiError::Kind::ConnectionDropped);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(requestsReceived(host, QStringLiteral("/users/track")), 1);
        QVERIFY2(result.error.hint.contains(QLatin1String("may or may not")), qPrintable(result.error.hint));

        // A read may be repeated: the console's own retries, each sent by Qt more than once if need be.
        const ApiResult read = resultOf(clientFor(host, AllKey)->exportIds(oneExport()));
        QCOMPARE(read.attempts, 4);
    }

    void aWriteIsNeverResentByQt()
    {
        int received = 0;
        QTcpServer server;
        QVERIFY(dropEveryRequest(server, &received));
        Braze::BrazeClient client({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), AllKey, QStringLiteral("Raw"), quickOptions()});
        const ApiResult result = resultOf(client.track(oneAttribute(0)));
        QCOMPARE(result.error.kind, ApiError::Kind::ConnectionDropped);
        QCOMPARE(received, 1);
    }

    void aKeyWithALineBreakIsNeverSent()
    {
        SandboxHost host;
        QVERIFY(host.startAndWait(options()));
        const ApiResult result = resultOf(clientFor(host, AllKey + QStringLiteral("\nInjected: 1"))->listSegments({}));
        QCOMPARE(result.error.kind, ApiError::Kind::Validation);
        QVERIFY2(result.error.message.contains(QLatin1String("control character")), qPrintable(result.error.message));
        QCOMPARE(requestsReceived(host, QStringLiteral("/segments/list")), 0);
    }

    void httpsToAServerThatClosesIsNotBlamedOnTheNetwork()
    {
        // An https:// endpoint on a port that speaks plain HTTP and hangs up on the TLS greeting:
        // once retried three times and blamed on "a proxy or firewall".
        int received = 0;
        QTcpServer server;
        QVERIFY(dropEveryRequest(server, &received));
        Braze::BrazeClient client({QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())), AllKey, QStringLiteral("TLS"), quickOptions()});
        const ApiResult result = resultOf(client.listSegments({}));
        QVERIFY2(result.error.kind == ApiError::Kind::Tls, qPrintable(result.error.fullText()));
        QCOMPARE(result.attempts, 1);
        QVERIFY2(!result.error.hint.contains(QLatin1String("firewall")), qPrintable(result.error.hint));
    }
};

QTEST_GUILESS_MAIN(TestBrazeFaults)
#include "tst_brazefaults.moc"
