// Contract tests: segments, send ids and send stats, scheduled messages, API-triggered
// campaigns and /messages/send, as SmarterSends and ActionIQ use them.
#include "sandbox/apikeytable.h"
#include "sandbox/demoseed.h"
#include "sandbox/sandboxhost.h"
#include "sandboxtestclient.h"

#include <QtTest>

using namespace Sandbox;

namespace {
const QByteArray Smarter = ApiKeyTable::SmarterSendsKey;
const QByteArray ActionIq = ApiKeyTable::ActionIqKey;
const QByteArray All = ApiKeyTable::AllPermissionsKey;
const QString Newsletter = QString::fromLatin1(DemoSeed::NewsletterCampaignId);
const QString Triggered = QString::fromLatin1(DemoSeed::TriggeredCampaignId);

QJsonObject emailMessage(const QString &variation)
{
    return {{"email", QJsonObject{{"app_id", "APP_ID"}, {"from", "Shop <news@shop.example>"}, {"subject", "Spring"},
                                  {"body", "<p>Hi {{${first_name} | default: 'there'}}</p>"}, {"message_variation_id", variation}}}};
}
}

class TestSandboxMessaging : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;

    QJsonObject scheduleBody(const QString &sendId, const QString &time = QStringLiteral("2030-04-01T09:00:00Z"))
    {
        return {{"campaign_id", Newsletter}, {"send_id", sendId}, {"segment_id", DemoSeed::NewsletterSegmentId},
                {"broadcast", true}, {"schedule", QJsonObject{{"time", time}}}, {"messages", emailMessage(DemoSeed::VariationGroupA)}};
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

    void segmentsListDetailsAndSeries()
    {
        auto r = m_client->get(QStringLiteral("/segments/list"), {}, Smarter);
        QCOMPARE(r.status, 200);
        const QJsonArray segments = r.json.value("segments").toArray();
        QCOMPARE(segments.size(), 4);
        QVERIFY(segments.first().toObject().contains("analytics_tracking_enabled"));
        r = m_client->get(QStringLiteral("/segments/list"), {{"page", "1"}}, Smarter);
        QCOMPARE(r.json.value("segments").toArray().size(), 0);

        r = m_client->get(QStringLiteral("/segments/details"), {{"segment_id", DemoSeed::HighScorersSegmentId}}, Smarter);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("name").toString(), QStringLiteral("Outgrow high scorers"));
        QCOMPARE(r.json.value("description").toString(), QStringLiteral("outgrow_quiz_score more than 80"));
        QVERIFY(r.json.value("teams").isArray());

        r = m_client->get(QStringLiteral("/segments/data_series"), {{"segment_id", DemoSeed::AllUsersSegmentId}, {"length", "7"}}, Smarter);
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.json.value("data").toArray();
        QCOMPARE(data.size(), 7);
        QCOMPARE(data.last().toObject().value("size").toInt(), 200);
        QVERIFY(data.first().toObject().value("time").toString() < data.last().toObject().value("time").toString());
        // The series is stable between calls.
        QCOMPARE(m_client->get(QStringLiteral("/segments/data_series"), {{"segment_id", DemoSeed::AllUsersSegmentId}, {"length", "7"}}, Smarter)
                     .json.value("data").toArray(), data);
    }
    void segmentErrors()
    {
        QCOMPARE(m_client->get(QStringLiteral("/segments/details"), {}, Smarter).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/segments/details"), {{"segment_id", "nope"}}, Smarter).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/segments/data_series"), {{"segment_id", DemoSeed::AllUsersSegmentId}, {"length", "101"}}, Smarter).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/segments/list"), {{"sort_direction", "up"}}, Smarter).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/segments/list"), {}, ActionIq).status, 403);
    }

    void sendIdCreateAndLimits()
    {
        auto r = m_client->post(QStringLiteral("/sends/id/create"), {{"campaign_id", Newsletter}, {"send_id", "spring_newsletter_group_a"}}, Smarter);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value("send_id").toString(), QStringLiteral("spring_newsletter_group_a"));
        r = m_client->post(QStringLiteral("/sends/id/create"), {{"campaign_id", Newsletter}}, Smarter);
        QCOMPARE(r.status, 201);
        QVERIFY(!r.json.value("send_id").toString().isEmpty());
        QCOMPARE(m_client->post(QStringLiteral("/sends/id/create"), {{"campaign_id", "nope"}}, Smarter).message(), QStringLiteral("Invalid Campaign ID"));
        QCOMPARE(m_client->post(QStringLiteral("/sends/id/create"), {{"campaign_id", Newsletter}, {"send_id", QString(65, QLatin1Char('x'))}}, Smarter).status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/sends/id/create"), {{"campaign_id", Newsletter}, {"send_id", "grüße"}}, Smarter).status, 400);
        // 100 per day per workspace: the 1,000th part of it is 1, so the next one is refused.
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"rate_scale", 0.001}});
        m_client->control("POST", QStringLiteral("/_sandbox/reset"));
        QCOMPARE(m_client->post(QStringLiteral("/sends/id/create"), {{"campaign_id", Newsletter}}, Smarter).status, 201);
        r = m_client->post(QStringLiteral("/sends/id/create"), {{"campaign_id", Newsletter}}, Smarter);
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"rate_scale", 1.0}});
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
        const qint64 reset = r.header("X-RateLimit-Reset").toLongLong();
        QCOMPARE(reset % 86400, 0);     // midnight UTC
        QVERIFY(reset > QDateTime::currentSecsSinceEpoch());
    }

    void scheduleCreateUpdateDelete()
    {
        auto r = m_client->post(QStringLiteral("/messages/schedule/create"), scheduleBody(QStringLiteral("spring_a")), Smarter);
        QCOMPARE(r.status, 201);
        const QString scheduleId = r.json.value("schedule_id").toString();
        QVERIFY(!scheduleId.isEmpty());
        QVERIFY(!r.json.value("dispatch_id").toString().isEmpty());

        r = m_client->post(QStringLiteral("/messages/schedule/update"),
                           {{"schedule_id", scheduleId}, {"schedule", QJsonObject{{"time", "2030-04-02T09:00:00Z"}}}}, Smarter);
        QCOMPARE(r.status, 201);
        auto sent = m_client->control("GET", QStringLiteral("/_sandbox/sent")).array;
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().toObject().value("send_at").toString(), QStringLiteral("2030-04-02T09:00:00Z"));
        QCOMPARE(sent.first().toObject().value("status").toString(), QStringLiteral("scheduled"));

        QCOMPARE(m_client->post(QStringLiteral("/messages/schedule/delete"), {{"schedule_id", scheduleId}}, Smarter).status, 201);
        sent = m_client->control("GET", QStringLiteral("/_sandbox/sent")).array;
        QCOMPARE(sent.first().toObject().value("status").toString(), QStringLiteral("deleted"));
        QCOMPARE(m_client->post(QStringLiteral("/messages/schedule/delete"), {{"schedule_id", scheduleId}}, Smarter).status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/messages/schedule/update"), {{"schedule_id", scheduleId}}, Smarter).status, 400);
    }
    void scheduleErrors_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("message");
        QJsonObject b = scheduleBody(QStringLiteral("s"));
        QJsonObject noSchedule = b; noSchedule.remove("schedule");
        QTest::newRow("no schedule") << noSchedule << QStringLiteral("Bad Request: 'schedule' is required.");
        QJsonObject badTime = b; badTime["schedule"] = QJsonObject{{"time", "next tuesday"}};
        QTest::newRow("bad time") << badTime << QStringLiteral("cannot parse");
        QJsonObject past = b; past["schedule"] = QJsonObject{{"time", "2020-01-01T09:00:00"}, {"in_local_time", true}};
        QTest::newRow("local time past") << past << QStringLiteral("already passed");
        QJsonObject noRecipients = b; noRecipients.remove("segment_id"); noRecipients.remove("broadcast");
        QTest::newRow("no recipients") << noRecipients << QStringLiteral("No Recipients");
        QJsonObject noVariant = b; noVariant["messages"] = QJsonObject{{"email", QJsonObject{{"app_id", "A"}, {"from", "a <a@b.de>"}, {"body", "x"}}}};
        QTest::newRow("variant unspecified") << noVariant << QStringLiteral("Message Variant Unspecified");
        QJsonObject wrongVariant = b; wrongVariant["messages"] = emailMessage(QStringLiteral("nope"));
        QTest::newRow("invalid variant") << wrongVariant << QStringLiteral("Invalid Message Variant");
        QJsonObject mismatch = b; mismatch["campaign_id"] = Triggered;
        mismatch["messages"] = emailMessage(DemoSeed::VariationOfferSms);
        QTest::newRow("mismatched type") << mismatch << QStringLiteral("Mismatched Message Type");
        QJsonObject noMessage = b; noMessage.remove("messages");
        QTest::newRow("no message") << noMessage << QStringLiteral("No message to send");
        QJsonObject badCampaign = b; badCampaign["campaign_id"] = "nope";
        QTest::newRow("invalid campaign") << badCampaign << QStringLiteral("Invalid Campaign ID");
        QJsonObject both = b; both["external_user_ids"] = QJsonArray{"user_0001"};
        QTest::newRow("broadcast with ids") << both << QStringLiteral("broadcast");
    }
    void scheduleErrors()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, message);
        const auto r = m_client->post(QStringLiteral("/messages/schedule/create"), body, Smarter);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.message().contains(message), r.body);
    }

    void sendStatsCountWhatWasSent()
    {
        QCOMPARE(m_client->post(QStringLiteral("/sends/id/create"), {{"campaign_id", Newsletter}, {"send_id", "today"}}, Smarter).status, 201);
        const QString now = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
        QCOMPARE(m_client->post(QStringLiteral("/messages/schedule/create"), scheduleBody(QStringLiteral("today"), now), Smarter).status, 201);
        const auto r = m_client->get(QStringLiteral("/sends/data_series"),
                                     {{"campaign_id", Newsletter}, {"send_id", "today"}, {"length", "3"}}, Smarter);
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.json.value("data").toArray();
        QCOMPARE(data.size(), 3);
        const QJsonObject today = data.last().toObject();
        const QJsonObject email = today.value("messages").toObject().value("email").toArray().first().toObject();
        QCOMPARE(email.value("variation_name").toString(), QStringLiteral("Group A"));
        QVERIFY(email.value("sent").toInt() > 0);
        QVERIFY(email.value("unique_opens").toInt() <= email.value("sent").toInt());
        QCOMPARE(today.value("unique_recipients").toInt(), email.value("sent").toInt());
        QCOMPARE(data.first().toObject().value("unique_recipients").toInt(), 0);
        QCOMPARE(m_client->get(QStringLiteral("/sends/data_series"), {{"campaign_id", Newsletter}, {"send_id", "unknown"}, {"length", "3"}}, Smarter).status, 400);
    }

    void triggerSendRecordsWhatWouldBeSent()
    {
        const QJsonObject body{{"campaign_id", Triggered}, {"trigger_properties", QJsonObject{{"offer", "10OFF"}, {"shop", "Berlin"}}},
                               {"recipients", QJsonArray{
                                   QJsonObject{{"external_user_id", "user_0001"}, {"trigger_properties", QJsonObject{{"offer", "20OFF"}}}},
                                   QJsonObject{{"external_user_id", "brand_new"}, {"send_to_existing_only", false},
                                               {"attributes", QJsonObject{{"first_name", "Neu"}, {"AIQ_1001_A", true}}}},
                                   QJsonObject{{"external_user_id", "does_not_exist"}}}}};
        const auto r = m_client->post(QStringLiteral("/campaigns/trigger/send"), body, ActionIq);
        QCOMPARE(r.status, 201);
        QVERIFY(!r.json.value("dispatch_id").toString().isEmpty());
        const QJsonObject d = m_client->control("GET", QStringLiteral("/_sandbox/sent")).array.last().toObject();
        QCOMPARE(d.value("kind").toString(), QStringLiteral("campaign_trigger"));
        QCOMPARE(d.value("dispatch_id").toString(), r.json.value("dispatch_id").toString());
        const QJsonArray recipients = d.value("recipients").toArray();
        QCOMPARE(recipients.size(), 2);    // the unknown user is skipped
        const QJsonObject first = recipients.first().toObject().value("trigger_properties").toObject();
        QCOMPARE(first.value("offer").toString(), QStringLiteral("20OFF"));
        QCOMPARE(first.value("shop").toString(), QStringLiteral("Berlin"));
        // send_to_existing_only false created the user with its attributes.
        const auto e = m_client->post(QStringLiteral("/users/export/ids"), {{"external_ids", QJsonArray{"brand_new"}}}, All);
        QCOMPARE(e.json.value("users").toArray().first().toObject().value("first_name").toString(), QStringLiteral("Neu"));
    }
    void triggerSendErrors_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("no campaign") << QJsonObject{{"recipients", QJsonArray{QJsonObject{{"external_user_id", "u"}}}}} << QStringLiteral("'campaign_id'");
        QTest::newRow("not api-triggered") << QJsonObject{{"campaign_id", Newsletter}, {"broadcast", true}} << QStringLiteral("Invalid Campaign ID");
        QTest::newRow("no recipients") << QJsonObject{{"campaign_id", Triggered}} << QStringLiteral("No Recipients");
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(QJsonObject{{"external_user_id", QStringLiteral("u%1").arg(i)}});
        QTest::newRow("51 recipients") << QJsonObject{{"campaign_id", Triggered}, {"recipients", many}} << QStringLiteral("max number");
        QTest::newRow("two identifiers") << QJsonObject{{"campaign_id", Triggered}, {"recipients", QJsonArray{QJsonObject{{"external_user_id", "u"}, {"email", "a@b.de"}}}}}
                                         << QStringLiteral("exactly one");
        QTest::newRow("create without attributes") << QJsonObject{{"campaign_id", Triggered}, {"recipients", QJsonArray{QJsonObject{{"external_user_id", "u"}, {"send_to_existing_only", false}}}}}
                                                   << QStringLiteral("requires 'attributes'");
        QTest::newRow("broadcast and recipients") << QJsonObject{{"campaign_id", Triggered}, {"broadcast", true}, {"recipients", QJsonArray{QJsonObject{{"external_user_id", "u"}}}}}
                                                  << QStringLiteral("broadcast");
    }
    void triggerSendErrors()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, message);
        const auto r = m_client->post(QStringLiteral("/campaigns/trigger/send"), body, ActionIq);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.message().contains(message), r.body);
    }
    void broadcastTriggerGetsSendIdAndBroadcastLimit()
    {
        auto r = m_client->post(QStringLiteral("/campaigns/trigger/send"), {{"campaign_id", Triggered}, {"broadcast", true}}, ActionIq);
        QCOMPARE(r.status, 201);
        QVERIFY(!r.json.value("send_id").toString().isEmpty());
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("250"));    // 250 per minute for broadcasts
        r = m_client->post(QStringLiteral("/campaigns/trigger/send"),
                           {{"campaign_id", Triggered}, {"recipients", QJsonArray{QJsonObject{{"external_user_id", "user_0001"}}}}}, ActionIq);
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("250000"));
    }
    void broadcastToOneAudienceIsLimitedTo10PerMinute()
    {
        // Scaled by 0.1: 1 per minute for one audience, 25 per minute for all broadcasts.
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"rate_scale", 0.1}});
        SandboxTestClient::Reply second;
        int firstStatus = 0;
        // Two tries in case the first pair straddles a minute boundary.
        for (int attempt = 0; attempt < 2 && second.status != 429; ++attempt) {
            firstStatus = m_client->post(QStringLiteral("/campaigns/trigger/send"), {{"campaign_id", Triggered}, {"broadcast", true}}, ActionIq).status;
            second = m_client->post(QStringLiteral("/campaigns/trigger/send"), {{"campaign_id", Triggered}, {"broadcast", true}}, ActionIq);
        }
        const auto otherAudience = m_client->post(QStringLiteral("/campaigns/trigger/send"),
                                                  {{"campaign_id", Triggered}, {"broadcast", true}, {"audience", QJsonObject{{"AND", QJsonArray{}}}}},
                                                  ActionIq);
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"rate_scale", 1.0}});
        QCOMPARE(firstStatus, 201);
        QCOMPARE(second.status, 429);
        QCOMPARE(second.header("X-RateLimit-Limit"), QByteArray("1"));
        QCOMPARE(otherAudience.status, 201);
    }
    void messagesSendWebhook()
    {
        const QJsonObject body{{"external_user_ids", QJsonArray{"user_0001", "user_0002"}},
                               {"messages", QJsonObject{{"webhook", QJsonObject{{"url", "https://api.quikly.com/webhook/braze"},
                                                                                {"request_method", "POST"}, {"body", "{\"q_scope\":\"spring\"}"}}}}}};
        auto r = m_client->post(QStringLiteral("/messages/send"), body, All);
        QCOMPARE(r.status, 201);
        QVERIFY(!r.json.value("dispatch_id").toString().isEmpty());
        const QJsonObject d = m_client->control("GET", QStringLiteral("/_sandbox/sent")).array.last().toObject();
        QCOMPARE(d.value("kind").toString(), QStringLiteral("message_send"));
        QCOMPARE(d.value("recipient_count").toInt(), 2);
        QCOMPARE(m_client->post(QStringLiteral("/messages/send"), body, Smarter).status, 403);
        QJsonObject badMethod = body;
        badMethod["messages"] = QJsonObject{{"webhook", QJsonObject{{"url", "https://x.example"}, {"request_method", "PATCH"}}}};
        QCOMPARE(m_client->post(QStringLiteral("/messages/send"), badMethod, All).status, 400);
    }
};

QTEST_MAIN(TestSandboxMessaging)
#include "tst_sandbox_messaging.moc"
