// Contract tests: the /_sandbox control API, injected faults of every kind, rate limits with
// their headers, persistence across a restart and the webhook receiver.
#include "sandbox/apikeytable.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/statefilelock.h"
#include "sandboxtestclient.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Sandbox;

namespace {
const QByteArray Outgrow = ApiKeyTable::OutgrowKey;
const QByteArray All = ApiKeyTable::AllPermissionsKey;

QJsonObject trackOne(const QString &externalId)
{
    return {{"attributes", QJsonArray{QJsonObject{{"external_id", externalId}, {"outgrow_quiz_score", 90}}}}};
}
}

class TestSandboxControl : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;

    int exportedCount(SandboxTestClient &client, const QString &externalId)
    {
        return int(client.post(QStringLiteral("/users/export/ids"), {{"external_ids", QJsonArray{externalId}}}, All)
                       .json.value("users").toArray().size());
    }
    void setFaults(const QJsonObject &faults)
    {
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/faults"), faults).status, 200);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_host.startAndWait());
        m_client = std::make_unique<SandboxTestClient>(m_host.baseUrl());
    }
    void init()
    {
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/reset")).status, 200);
    }

    void keysListsDemoKeysWithPermissions()
    {
        const auto r = m_client->control("GET", QStringLiteral("/_sandbox/keys"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array.size(), 7);
        QJsonObject quikly;
        int revoked = 0;
        for (const auto &k : r.array) {
            QVERIFY(k.toObject().contains("permissions"));
            revoked += k.toObject().value("revoked").toBool();
            if (k.toObject().value("name").toString() == QLatin1String("Quikly"))
                quikly = k.toObject();
        }
        QCOMPARE(revoked, 1);
        QCOMPARE(quikly.value("key").toString(), QString::fromLatin1(ApiKeyTable::QuiklyKey));
        QCOMPARE(quikly.value("permissions").toArray(),
                 (QJsonArray{"users.track", "subscription.status.set", "users.export.ids", "subscription.status.get"}));
    }
    void addedKeyAuthenticates()
    {
        const QJsonObject key{{"name", "Test"}, {"key", "sandbox-test-0000000000000099"}, {"permissions", QJsonArray{"segments.list"}}};
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/keys"), key).status, 201);
        QCOMPARE(m_client->get(QStringLiteral("/segments/list"), {}, "sandbox-test-0000000000000099").status, 200);
        QCOMPARE(m_client->post(QStringLiteral("/users/track"), trackOne("k"), "sandbox-test-0000000000000099").status, 403);
    }
    void requestLogHasNoKeys()
    {
        QCOMPARE(m_client->post(QStringLiteral("/users/track"), trackOne("log_1"), Outgrow).status, 201);
        const auto r = m_client->control("GET", QStringLiteral("/_sandbox/requests"));
        QCOMPARE(r.status, 200);
        const QJsonObject last = r.array.last().toObject();
        QCOMPARE(last.value("path").toString(), QStringLiteral("/users/track"));
        QCOMPARE(last.value("status").toInt(), 201);
        QCOMPARE(last.value("key_name").toString(), QStringLiteral("Outgrow"));
        QCOMPARE(last.value("body").toObject(), trackOne("log_1"));
        QVERIFY(!r.body.contains(Outgrow));
        const qint64 lastId = last.value("id").toInteger();
        QCOMPARE(m_client->send("GET", m_client->url(QStringLiteral("/_sandbox/requests"), {{"after", QString::number(lastId)}}), {}, {}).array.size(), 1);
        QCOMPARE(m_client->control("DELETE", QStringLiteral("/_sandbox/requests")).status, 200);
    }
    void resetToEmptySeed()
    {
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/reset"), {{"seed", "empty"}}).status, 200);
        QCOMPARE(exportedCount(*m_client, QStringLiteral("user_0001")), 0);
        QCOMPARE(m_client->get(QStringLiteral("/segments/list"), {}, All).json.value("segments").toArray().size(), 0);
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/reset"), {{"seed", "galaxy"}}).status, 400);
        const auto state = m_client->control("GET", QStringLiteral("/_sandbox/state"));
        QCOMPARE(state.json.value("users").toArray().size(), 0);
        QCOMPARE(state.json.value("keys").toArray().size(), 7);
    }
    void badControlInput()
    {
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/faults"), {{"drop_rate", 2}}).status, 400);
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"track_limit_mode", "lots"}}).status, 400);
        QCOMPARE(m_client->send("POST", m_client->url(QStringLiteral("/_sandbox/config")), "not json", {}).status, 400);
        QCOMPARE(m_client->control("GET", QStringLiteral("/_sandbox/nothing")).status, 404);
        QCOMPARE(m_client->control("DELETE", QStringLiteral("/_sandbox/sent")).status, 405);
        QVERIFY(m_client->control("GET", QStringLiteral("/_sandbox")).json.value("endpoints").toArray().size() >= 8);
    }

    void rateLimitAnswers429WithHeaders()
    {
        // 3,000 per 3 s scaled by 0.001 = 3 per 3-second window.
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"rate_scale", 0.001}}).status, 200);
        SandboxTestClient::Reply limited;
        int remainingBefore = -1;
        for (int i = 0; i < 8 && limited.status != 429; ++i) {
            const auto r = m_client->post(QStringLiteral("/users/track"), trackOne("rl"), Outgrow);
            QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("3"));
            if (r.status == 429)
                limited = r;
            else
                remainingBefore = r.header("X-RateLimit-Remaining").toInt();
        }
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"rate_scale", 1.0}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.message(), QStringLiteral("Rate Limited"));
        QCOMPARE(remainingBefore, 0);
        QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
        const qint64 reset = limited.header("X-RateLimit-Reset").toLongLong();
        QVERIFY(reset >= QDateTime::currentSecsSinceEpoch() && reset <= QDateTime::currentSecsSinceEpoch() + 3);
        QCOMPARE(reset % 3, 0);
    }
    void sharedBucketForIdentityEndpoints()
    {
        const auto a = m_client->post(QStringLiteral("/users/alias/new"),
                                      {{"user_aliases", QJsonArray{QJsonObject{{"alias_name", "x@y.de"}, {"alias_label", "email"}}}}}, All);
        const auto b = m_client->post(QStringLiteral("/users/delete"), {{"external_ids", QJsonArray{"nobody"}}}, All);
        QCOMPARE(a.header("X-RateLimit-Limit"), QByteArray("20000"));
        QCOMPARE(b.header("X-RateLimit-Remaining").toInt(), a.header("X-RateLimit-Remaining").toInt() - 1);
    }

    void serverErrorAppliesNothing()
    {
        setFaults({{"server_error_rate", 1.0}, {"server_error_status", 503}});
        const auto r = m_client->post(QStringLiteral("/users/track"), trackOne("fault_1"), Outgrow);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.message(), QStringLiteral("Internal Server Error"));
        // The control API is never faulty.
        QCOMPARE(m_client->control("GET", QStringLiteral("/_sandbox/faults")).json.value("server_error_rate").toDouble(), 1.0);
        setFaults({{"server_error_rate", 0}});
        QCOMPARE(exportedCount(*m_client, QStringLiteral("fault_1")), 0);
    }
    void rateLimitStorm()
    {
        setFaults({{"rate_limit_rate", 1.0}});
        const auto r = m_client->post(QStringLiteral("/users/track"), trackOne("storm"), Outgrow);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(r.header("X-RateLimit-Reset").toLongLong() > QDateTime::currentSecsSinceEpoch());
    }
    void htmlBody()
    {
        setFaults({{"html_rate", 1.0}});
        const auto r = m_client->post(QStringLiteral("/users/track"), trackOne("html"), Outgrow);
        QCOMPARE(r.status, 502);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
    }
    void droppedConnection()
    {
        setFaults({{"drop_rate", 1.0}});
        const auto r = m_client->post(QStringLiteral("/users/track"), trackOne("drop"), Outgrow);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(r.body.isEmpty());
    }
    void truncatedBody()
    {
        setFaults({{"truncate_rate", 1.0}});
        const auto r = m_client->post(QStringLiteral("/users/track"), trackOne("trunc"), Outgrow);
        // QNetworkAccessManager does not always flag the early close as an error: what a client
        // can always see is a body shorter than announced, which is not valid JSON.
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
        QVERIFY(r.body.size() < r.header("Content-Length").toInt());
        // The endpoint itself ran: the answer was cut, not the work.
        setFaults({{"truncate_rate", 0}});
        QCOMPARE(exportedCount(*m_client, QStringLiteral("trunc")), 1);
    }
    void tricklingBodyArrivesSlowlyButWhole()
    {
        setFaults({{"trickle_rate", 1.0}, {"trickle_chunk_bytes", 8}, {"trickle_interval_ms", 25}});
        QElapsedTimer timer;
        timer.start();
        const auto r = m_client->post(QStringLiteral("/users/track"), trackOne("slow"), Outgrow);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.message(), QStringLiteral("success"));
        const qint64 chunks = (r.body.size() + 7) / 8;
        QVERIFY2(timer.elapsed() >= (chunks - 1) * 25 - 10, qPrintable(QString::number(timer.elapsed())));
    }
    void latency()
    {
        setFaults({{"latency_ms", 300}});
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_client->post(QStringLiteral("/users/track"), trackOne("late"), Outgrow).status, 201);
        QVERIFY(timer.elapsed() >= 290);
        QVERIFY(m_client->control("GET", QStringLiteral("/_sandbox/keys")).status == 200);
    }
    void clientThatGivesUpDoesNotHurtTheServer()
    {
        setFaults({{"latency_ms", 300}});
        QNetworkRequest request(m_client->url(QStringLiteral("/users/track")));
        request.setRawHeader("Authorization", QByteArray("Bearer ") + Outgrow);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_client->manager().post(request, QJsonDocument(trackOne("gone")).toJson());
        QTimer::singleShot(50, reply, &QNetworkReply::abort);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(2000));
        reply->deleteLater();
        setFaults({{"latency_ms", 0}});
        QCOMPARE(m_client->control("GET", QStringLiteral("/_sandbox/faults")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(exportedCount(*m_client, QStringLiteral("gone")), 1, 2000);
    }

    void webhookReceiverEchoes()
    {
        const QByteArray body = "{\"q_scope\":\"spring\",\"event\":\"joined\",\"email\":\"a@b.de\"}";
        const auto r = m_client->send("POST", m_client->url(QStringLiteral("/_sandbox/webhooks/quikly/test"), {{"src", "braze"}}), body, {},
                                      {{"Authorization", "Bearer quikly-secret-value"}, {"X-Custom", "yes"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("method").toString(), QStringLiteral("POST"));
        QCOMPARE(r.json.value("path").toString(), QStringLiteral("/_sandbox/webhooks/quikly/test"));
        QCOMPARE(r.json.value("query").toObject().value("src").toString(), QStringLiteral("braze"));
        QCOMPARE(r.json.value("headers").toObject().value("x-custom").toString(), QStringLiteral("yes"));
        QVERIFY(r.json.value("headers").toObject().value("authorization").toString().startsWith(QStringLiteral("Bearer quik")));
        QVERIFY(!r.body.contains("secret-value"));
        QCOMPARE(r.json.value("json").toObject().value("q_scope").toString(), QStringLiteral("spring"));
        QCOMPARE(m_client->send("PUT", m_client->url(QStringLiteral("/_sandbox/webhooks/x")), "plain", {}).json.value("body").toString(),
                 QStringLiteral("plain"));
        const auto list = m_client->control("GET", QStringLiteral("/_sandbox/webhooks"));
        QCOMPARE(list.array.size(), 2);
    }

    void webhookReceiverMasksCookiesAndQueryTokens()
    {
        const auto r = m_client->send("POST", m_client->url(QStringLiteral("/_sandbox/webhooks/x"), {{"access_token", "tok-1234567890"}, {"src", "braze"}}),
                                      "{}", {}, {{"Cookie", "session=cookie-secret-value"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("query").toObject().value("src").toString(), QStringLiteral("braze"));
        QVERIFY(!r.body.contains("1234567890"));
        QVERIFY(!r.body.contains("cookie-secret-value"));
        const auto log = m_client->control("GET", QStringLiteral("/_sandbox/requests"));
        QVERIFY(!QJsonDocument(log.array).toJson().contains("1234567890"));
    }

    void stateSurvivesRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxHost::Options options;
        options.server.statePath = dir.filePath(QStringLiteral("state.json"));
        {
            SandboxHost first;
            QVERIFY(first.startAndWait(options));
            SandboxTestClient client(first.baseUrl());
            QCOMPARE(client.post(QStringLiteral("/users/track"), trackOne("persisted_1"), Outgrow).status, 201);
        }   // stopping writes the pending save
        QVERIFY(QFile::exists(options.server.statePath));
        SandboxHost second;
        QVERIFY(second.startAndWait(options));
        SandboxTestClient client(second.baseUrl());
        QCOMPARE(exportedCount(client, QStringLiteral("persisted_1")), 1);
        QCOMPARE(exportedCount(client, QStringLiteral("user_0001")), 1);
    }
    // What /_sandbox/config changed is kept with the state, so the next sandbox on the file (the
    // next braze-cli command) confirms a double opt-in as quickly; settings given at start still win.
    void settingsSurviveRestart()
    {
        QTemporaryDir dir;
        SandboxHost::Options options;
        options.server.statePath = dir.filePath(QStringLiteral("state.json"));
        {
            SandboxHost first;
            QVERIFY(first.startAndWait(options));
            SandboxTestClient client(first.baseUrl());
            QCOMPARE(client.control("POST", QStringLiteral("/_sandbox/config"), {{"double_opt_in_delay_ms", 250}, {"rate_scale", 0.5}}).status, 200);
        }
        {
            SandboxHost second;
            QVERIFY(second.startAndWait(options));
            const QJsonObject config = SandboxTestClient(second.baseUrl()).control("GET", QStringLiteral("/_sandbox/config")).json;
            QCOMPARE(config.value("double_opt_in_delay_ms").toDouble(), 250.0);
            QCOMPARE(config.value("rate_scale").toDouble(), 0.5);
        }
        options.server.configOverrides = {{"double_opt_in_delay_ms", 900}};
        SandboxHost third;
        QVERIFY(third.startAndWait(options));
        const QJsonObject config = SandboxTestClient(third.baseUrl()).control("GET", QStringLiteral("/_sandbox/config")).json;
        QCOMPARE(config.value("double_opt_in_delay_ms").toDouble(), 900.0);
        QCOMPARE(config.value("rate_scale").toDouble(), 0.5);
    }
    // A console that crashed leaves its address beside the state file; the next sandbox on the
    // file takes the lock over and drops that address, so no command is sent to a dead port.
    void staleAnnouncementIsDropped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QFile stale(path + QStringLiteral(".address"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("http://127.0.0.1:9");
        stale.close();
        SandboxHost::Options options;
        options.server.statePath = path;
        SandboxHost quiet;
        QVERIFY(quiet.startAndWait(options));
        QCOMPARE(StateFileLock::runningSandbox(path), QUrl());
        options.announce = true;
        quiet.stop();
        SandboxHost announced;
        QVERIFY(announced.startAndWait(options));
        QCOMPARE(StateFileLock::runningSandbox(path), announced.baseUrl());
    }

    void unreadableStateFileFailsClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        SandboxHost::Options options;
        options.server.statePath = path;
        SandboxHost host;
        QSignalSpy failed(&host, &SandboxHost::failed);
        QVERIFY(!host.startAndWait(options));
        QCOMPARE(failed.size(), 1);
        QVERIFY(host.errorString().contains(path));
    }
};

QTEST_MAIN(TestSandboxControl)
#include "tst_sandbox_control.moc"
