#include "braze/network/errorclassifier.h"
#include "braze/network/ratepacer.h"
#include "braze/ratelimitinfo.h"

#include <QTest>

using namespace Braze;

// Each failure a user can meet becomes a typed error with a message and a concrete hint.
class TestErrorMapping : public QObject
{
    Q_OBJECT

    static ExchangeFacts http(int status, const QByteArray &body, const QString &permission = QStringLiteral("users.export.ids"))
    {
        ExchangeFacts facts;
        facts.httpStatus = status;
        facts.body = body;
        facts.permission = permission;
        facts.host = QStringLiteral("rest.iad-01.braze.com");
        facts.path = QStringLiteral("/users/export/ids");
        // What Qt reports alongside these statuses.
        if (status == 400)
            facts.networkError = QNetworkReply::ProtocolInvalidOperationError;
        else if (status >= 500)
            facts.networkError = QNetworkReply::InternalServerError;
        else if (status >= 400)
            facts.networkError = QNetworkReply::ContentAccessDenied;
        return facts;
    }

private slots:
    void httpStatuses()
    {
        QCOMPARE(classifyExchange(http(201, "{\"message\":\"success\"}")).kind, ApiError::Kind::None);
        QCOMPARE(classifyExchange(http(200, "")).kind, ApiError::Kind::None);

        const ApiError unauthorized = classifyExchange(http(401, "{\"message\":\"Unauthorized\"}"));
        QCOMPARE(unauthorized.kind, ApiError::Kind::Unauthorized);
        QVERIFY(unauthorized.hint.contains(QLatin1String("wrong, revoked or for another instance")));

        const ApiError forbidden = classifyExchange(http(403, "{\"message\":\"Access Denied\"}"));
        QCOMPARE(forbidden.kind, ApiError::Kind::Forbidden);
        QVERIFY(forbidden.hint.contains(QLatin1String("lacks the permission users.export.ids")));
        QVERIFY(forbidden.hint.contains(QLatin1String("API Keys")));

        const ApiError bad = classifyExchange(http(400, "{\"message\":\"Valid data must be provided in the 'attributes', 'events', or 'purchases' fields.\","
                                                        "\"errors\":[{\"type\":\"The value provided for the 'email' field is not a valid email.\",\"input_array\":\"attributes\",\"index\":0}]}"));
        QCOMPARE(bad.kind, ApiError::Kind::BadRequest);
        QVERIFY(bad.message.contains(QLatin1String("Valid data must be provided")));
        QVERIFY(bad.message.contains(QLatin1String("not a valid email")));

        QCOMPARE(classifyExchange(http(429, "{\"message\":\"Rate Limited\"}")).kind, ApiError::Kind::RateLimited);
        const ApiError server = classifyExchange(http(503, "<html><body><h1>503 Service Unavailable</h1></body></html>"));
        QCOMPARE(server.kind, ApiError::Kind::ServerError);
        QCOMPARE(server.detail, QStringLiteral("503 Service Unavailable"));
        QCOMPARE(classifyExchange(http(404, "")).kind, ApiError::Kind::NotFound);
        QCOMPARE(classifyExchange(http(413, "")).kind, ApiError::Kind::PayloadTooLarge);
    }

    void bodiesThatAreNotJson()
    {
        QCOMPARE(classifyExchange(http(201, "<html>dashboard</html>")).kind, ApiError::Kind::NotJson);
        QCOMPARE(classifyExchange(http(201, "{\"message\":\"succ")).kind, ApiError::Kind::NotJson);
        ExchangeFacts webhook = http(200, "OK");
        webhook.expectJson = false;
        QCOMPARE(classifyExchange(webhook).kind, ApiError::Kind::None);
    }

    void transportFailures_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << 0 << int(ApiError::Kind::HostNotFound);
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << int(ApiError::Kind::ConnectionRefused);
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << 0 << int(ApiError::Kind::Tls);
        QTest::newRow("dropped") << int(QNetworkReply::RemoteHostClosedError) << 0 << int(ApiError::Kind::ConnectionDropped);
        QTest::newRow("truncated after headers") << int(QNetworkReply::RemoteHostClosedError) << 201 << int(ApiError::Kind::ConnectionDropped);
        QTest::newRow("proxy") << int(QNetworkReply::ProxyConnectionRefusedError) << 0 << int(ApiError::Kind::Network);
    }
    void transportFailures()
    {
        QFETCH(int, networkError);
        QFETCH(int, status);
        QFETCH(int, kind);
        ExchangeFacts facts;
        facts.networkError = QNetworkReply::NetworkError(networkError);
        facts.httpStatus = status;
        facts.host = QStringLiteral("rest.iad-01.braze.com");
        const ApiError error = classifyExchange(facts);
        QCOMPARE(int(error.kind), kind);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.hint.isEmpty());
    }

    void shortBodyIsADroppedConnection()
    {
        ExchangeFacts facts = http(201, "{\"message\":\"succ");
        facts.truncated = true;
        QCOMPARE(classifyExchange(facts).kind, ApiError::Kind::ConnectionDropped);
    }

    void ownVerdictsComeFirst()
    {
        ExchangeFacts facts;
        facts.networkError = QNetworkReply::OperationCanceledError;
        facts.timedOut = true;
        facts.timeoutSeconds = 30;
        facts.host = QStringLiteral("h");
        QCOMPARE(classifyExchange(facts).kind, ApiError::Kind::Timeout);
        QVERIFY(classifyExchange(facts).message.contains(QLatin1String("30 s")));
        facts.timedOut = false;
        facts.cancelled = true;
        QCOMPARE(classifyExchange(facts).kind, ApiError::Kind::Cancelled);
        facts.cancelled = false;
        facts.tooLarge = true;
        QCOMPARE(classifyExchange(facts).kind, ApiError::Kind::ResponseTooLarge);
    }

    void retryRules()
    {
        QVERIFY(isTransient(ApiError::Kind::ServerError));
        QVERIFY(isTransient(ApiError::Kind::Timeout));
        QVERIFY(!isTransient(ApiError::Kind::BadRequest));
        QVERIFY(!isTransient(ApiError::Kind::Tls));
        QVERIFY(neverReachedServer(ApiError::Kind::ConnectionRefused));
        QVERIFY(!neverReachedServer(ApiError::Kind::Timeout));
    }

    void rateLimitHeadersAnyCase()
    {
        const RateLimitInfo info = RateLimitInfo::fromHeaders({{"x-ratelimit-limit", "250"}, {"X-RATELIMIT-REMAINING", "0"}, {"X-RateLimit-Reset", "1700000060"}});
        QCOMPARE(info.limit, 250);
        QCOMPARE(info.remaining, 0);
        QCOMPARE(info.secondsUntilReset(1700000048'000), 12);
        QCOMPARE(info.secondsUntilReset(1700000100'000), 1);
        QVERIFY(!RateLimitInfo::fromHeaders({{"X-RateLimit-Limit", "abc"}}).isKnown());
    }

    void pacerKeepsUnderTheLimit()
    {
        RatePacer pacer;
        const DocumentedRateLimit limit{QStringLiteral("b"), 2, 60};
        const qint64 t0 = 1700000040'000; // a minute boundary
        QCOMPARE(pacer.delayBeforeNext(limit, t0), 0);
        pacer.recordSent(limit, t0);
        pacer.recordSent(limit, t0 + 10);
        QCOMPARE(pacer.delayBeforeNext(limit, t0 + 20'000), 40'000);
        QCOMPARE(pacer.delayBeforeNext(limit, t0 + 60'000), 0);

        // Braze's headers win over the documented limit.
        pacer.recordResponse(limit, RateLimitInfo{1000, 999, t0 / 1000 + 120}, t0 + 60'000);
        pacer.recordSent(limit, t0 + 60'001);
        pacer.recordSent(limit, t0 + 60'002);
        QCOMPARE(pacer.delayBeforeNext(limit, t0 + 60'003), 0);

        pacer.blockUntil(limit, t0 + 90'000);
        QCOMPARE(pacer.delayBeforeNext(limit, t0 + 80'000), 10'000);
    }
};

QTEST_GUILESS_MAIN(TestErrorMapping)
#include "tst_errormapping.moc"
