// Contract tests: API triggers and their recipients (braze-api-more.md §1.1, §2), transactional
// e-mail with its postback (§2.9), scheduled triggers read back through
// /messages/scheduled_broadcasts (§2.8), and the campaign and Canvas exports (§3).
#include "sandbox/apikeytable.h"
#include "sandbox/demoseed.h"
#include "sandboxtestclient.h"

#include <QtTest>

using namespace Sandbox;

namespace {
const QByteArray All = ApiKeyTable::AllPermissionsKey;
const QString Triggered = QLatin1String(DemoSeed::TriggeredCampaignId);
const QString Onboarding = QLatin1String(DemoSeed::OnboardingCanvasId);
const QString Transactional = QLatin1String(DemoSeed::TransactionalCampaignId);

QString inAWeek()
{
    return QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODate);
}
}

class TestSandboxTriggers : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;

    QJsonArray sent()
    {
        return m_client->control("GET", QStringLiteral("/_sandbox/sent")).array;
    }
    QJsonObject lastSent()
    {
        return sent().last().toObject();
    }
    QJsonObject exportUser(const QJsonObject &query)
    {
        return m_client->post(QStringLiteral("/users/export/ids"), query, All).json.value("users").toArray().first().toObject();
    }
    SandboxTestClient::Reply trigger(const QJsonArray &recipients)
    {
        return m_client->post(QStringLiteral("/campaigns/trigger/send"), {{"campaign_id", Triggered}, {"recipients", recipients}}, All);
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

    // Finding 1: an e-mail recipient needs prioritization, and it picks the profile.
    void emailRecipientNeedsPrioritization()
    {
        auto r = trigger({QJsonObject{{"email", DemoSeed::SharedEmail}}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().contains("prioritization"));
        r = trigger({QJsonObject{{"email", DemoSeed::SharedEmail}, {"prioritization", QJsonArray{"identified", "unidentified"}}}});
        QCOMPARE(r.status, 400);

        r = trigger({QJsonObject{{"email", DemoSeed::SharedEmail}, {"prioritization", QJsonArray{"unidentified"}}}});
        QCOMPARE(r.status, 201);
        const QJsonArray reached = lastSent().value("recipients").toArray();
        QCOMPARE(reached.size(), 1);
        QCOMPARE(reached.first().toObject().value("external_id").toString(), QString());    // the alias-only profile

        r = trigger({QJsonObject{{"email", DemoSeed::SharedEmail}, {"prioritization", QJsonArray{"identified", "most_recently_updated"}}}});
        QCOMPARE(r.status, 201);
        QVERIFY(!lastSent().value("recipients").toArray().first().toObject().value("external_id").toString().isEmpty());
        // Two identified profiles and no tie-breaker: nobody, the call still succeeds.
        r = trigger({QJsonObject{{"email", DemoSeed::SharedEmail}, {"prioritization", QJsonArray{"identified"}}}});
        QCOMPARE(r.status, 201);
        QCOMPARE(lastSent().value("recipients").toArray().size(), 0);
    }
    // Finding 2: braze_id is a fourth identifier.
    void brazeIdRecipient()
    {
        const QString brazeId = exportUser({{"external_ids", QJsonArray{"user_0001"}}}).value("braze_id").toString();
        const auto r = trigger({QJsonObject{{"braze_id", brazeId}, {"trigger_properties", QJsonObject{{"offer", "10OFF"}}}}});
        QCOMPARE(r.status, 201);
        const QJsonObject reached = lastSent().value("recipients").toArray().first().toObject();
        QCOMPARE(reached.value("external_id").toString(), QStringLiteral("user_0001"));
        QCOMPARE(reached.value("trigger_properties").toObject().value("offer").toString(), QStringLiteral("10OFF"));
        // Still exactly one identifier per recipient.
        QCOMPARE(trigger({QJsonObject{{"braze_id", brazeId}, {"external_user_id", "user_0001"}}}).status, 400);
    }
    // Finding 3: the same recipient twice is recorded once (the first copy's properties).
    void duplicateRecipientsAreDeduplicated()
    {
        const QString brazeId = exportUser({{"external_ids", QJsonArray{"user_0002"}}}).value("braze_id").toString();
        const auto r = trigger({QJsonObject{{"external_user_id", "user_0002"}, {"trigger_properties", QJsonObject{{"n", 1}}}},
                                QJsonObject{{"external_user_id", "user_0002"}, {"trigger_properties", QJsonObject{{"n", 2}}}},
                                QJsonObject{{"braze_id", brazeId}}, QJsonObject{{"external_user_id", "user_0003"}}});
        QCOMPARE(r.status, 201);
        const QJsonObject d = lastSent();
        QCOMPARE(d.value("recipient_count").toInt(), 2);
        QCOMPARE(d.value("recipients").toArray().first().toObject().value("trigger_properties").toObject().value("n").toInt(), 1);
    }

    void canvasTriggerWithContext()
    {
        auto r = m_client->post(QStringLiteral("/canvas/trigger/send"),
                                {{"canvas_id", Onboarding}, {"context", QJsonObject{{"plan", "gold"}}},
                                 {"recipients", QJsonArray{QJsonObject{{"external_user_id", "user_0001"},
                                                                       {"canvas_entry_properties", QJsonObject{{"step", 1}}}}}}},
                                All);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.message(), QStringLiteral("success"));
        QVERIFY(!r.json.value("dispatch_id").toString().isEmpty());
        QVERIFY(!r.json.contains("notice"));
        const QJsonObject d = lastSent();
        QCOMPARE(d.value("kind").toString(), QStringLiteral("canvas_trigger"));
        QCOMPARE(d.value("canvas_id").toString(), Onboarding);
        const QJsonObject context = d.value("recipients").toArray().first().toObject().value("context").toObject();
        QCOMPARE(context.value("plan").toString(), QStringLiteral("gold"));
        QCOMPARE(context.value("step").toInt(), 1);

        // A Canvas that is not API-triggered, or none at all.
        r = m_client->post(QStringLiteral("/canvas/trigger/send"), {{"canvas_id", DemoSeed::SpringCanvasId}, {"broadcast", true}}, All);
        QCOMPARE(r.status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/canvas/trigger/send"), {{"broadcast", true}}, All).status, 400);
        // Neither recipients nor broadcast.
        QCOMPARE(m_client->post(QStringLiteral("/canvas/trigger/send"), {{"canvas_id", Onboarding}}, All).message(), QStringLiteral("No Recipients"));
    }
    void pausedCanvasAcceptsButSendsNothing()
    {
        QJsonObject state = m_client->control("GET", QStringLiteral("/_sandbox/state")).json;
        QJsonArray canvases = state.value("canvases").toArray();
        QJsonObject onboarding = canvases.first().toObject();
        QCOMPARE(onboarding.value("id").toString(), Onboarding);
        onboarding.insert("enabled", false);
        canvases.replace(0, onboarding);
        state.insert("canvases", canvases);
        QCOMPARE(m_client->send("PUT", m_client->url(QStringLiteral("/_sandbox/state")), QJsonDocument(state).toJson(), {}).status, 200);
        const auto r = m_client->post(QStringLiteral("/canvas/trigger/send"),
                                      {{"canvas_id", Onboarding}, {"recipients", QJsonArray{QJsonObject{{"external_user_id", "user_0001"}}}}}, All);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value("notice").toString(),
                 QStringLiteral("The Canvas is paused. Resume the Canvas to ensure trigger requests will take effect."));
        QCOMPARE(lastSent().value("recipient_count").toInt(), 0);
    }

    void scheduledTriggersAppearUntilDeleted()
    {
        const QString endTime = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
        auto listed = [&] {
            return m_client->get(QStringLiteral("/messages/scheduled_broadcasts"), {{"end_time", endTime}}, All).json.value("scheduled_broadcasts").toArray();
        };
        const QJsonArray before = listed();
        QCOMPARE(before.size(), 1);     // the seeded dashboard broadcast
        QCOMPARE(before.first().toObject().value("type").toString(), QStringLiteral("Canvas"));

        auto r = m_client->post(QStringLiteral("/campaigns/trigger/schedule/create"),
                                {{"campaign_id", Triggered}, {"broadcast", true},
                                 {"schedule", QJsonObject{{"time", inAWeek()}, {"in_local_time", true}}}}, All);
        QCOMPARE(r.status, 201);
        const QString campaignSchedule = r.json.value("schedule_id").toString();
        QVERIFY(!campaignSchedule.isEmpty());
        QVERIFY(!r.json.value("dispatch_id").toString().isEmpty());
        r = m_client->post(QStringLiteral("/canvas/trigger/schedule/create"),
                           {{"canvas_id", Onboarding}, {"recipients", QJsonArray{QJsonObject{{"external_user_id", "user_0001"}}}},
                            {"schedule", QJsonObject{{"time", inAWeek()}}}}, All);
        QCOMPARE(r.status, 201);
        const QString canvasSchedule = r.json.value("schedule_id").toString();
        QCOMPARE(listed().size(), 3);
        QJsonObject campaign;
        for (const auto &v : listed()) {
            if (v.toObject().value("id").toString() == Triggered)
                campaign = v.toObject();
        }
        QCOMPARE(campaign.value("type").toString(), QStringLiteral("Campaign"));
        QCOMPARE(campaign.value("schedule_type").toString(), QStringLiteral("local_time_zones"));

        // The new schedule replaces the old one completely: without in_local_time it is UTC.
        r = m_client->post(QStringLiteral("/campaigns/trigger/schedule/update"),
                           {{"campaign_id", Triggered}, {"schedule_id", campaignSchedule}, {"schedule", QJsonObject{{"time", inAWeek()}}}}, All);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.message(), QStringLiteral("success"));
        for (const auto &v : listed()) {
            if (v.toObject().value("id").toString() == Triggered)
                QCOMPARE(v.toObject().value("schedule_type").toString(), QStringLiteral("UTC"));
        }
        QCOMPARE(m_client->post(QStringLiteral("/canvas/trigger/schedule/delete"), {{"canvas_id", Onboarding}, {"schedule_id", canvasSchedule}}, All).status, 201);
        QCOMPARE(m_client->post(QStringLiteral("/campaigns/trigger/schedule/delete"), {{"campaign_id", Triggered}, {"schedule_id", campaignSchedule}}, All).status, 201);
        QCOMPARE(listed().size(), 1);
        // Gone is gone; wrong pairings are refused.
        QCOMPARE(m_client->post(QStringLiteral("/campaigns/trigger/schedule/delete"), {{"campaign_id", Triggered}, {"schedule_id", campaignSchedule}}, All).status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/campaigns/trigger/schedule/update"), {{"campaign_id", Triggered}, {"schedule_id", "nope"},
                                                                                      {"schedule", QJsonObject{{"time", inAWeek()}}}}, All).status, 400);
        // schedule is required; end_time too.
        QCOMPARE(m_client->post(QStringLiteral("/canvas/trigger/schedule/create"), {{"canvas_id", Onboarding}, {"broadcast", true}}, All).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/messages/scheduled_broadcasts"), {}, All).status, 400);
    }

    void transactionalSendAndPostback()
    {
        const QString receiver = m_host.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/webhooks/postback"))).toString();
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"transactional_postback_url", receiver}}).status, 200);
        const QString path = QStringLiteral("/transactional/v1/campaigns/%1/send").arg(Transactional);
        // The npm client sends recipient as a one-element array; Braze documents an object.
        auto r = m_client->post(path, {{"external_send_id", "order-1001"}, {"trigger_properties", QJsonObject{{"order", 1001}}},
                                       {"recipient", QJsonArray{QJsonObject{{"external_user_id", "user_0001"}}}}}, All);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.message(), QStringLiteral("success"));
        QCOMPARE(r.json.value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(r.json.value("metadata").toObject().value("external_send_id").toString(), QStringLiteral("order-1001"));
        QCOMPARE(r.json.value("metadata").toObject().value("campaign_api_id").toString(), Transactional);
        const QString dispatchId = r.json.value("dispatch_id").toString();
        QTRY_COMPARE(m_client->control("GET", QStringLiteral("/_sandbox/webhooks")).array.size(), 1);
        const QJsonObject postback = m_client->control("GET", QStringLiteral("/_sandbox/webhooks")).array.first().toObject().value("json").toObject();
        QCOMPARE(postback.value("dispatch_id").toString(), dispatchId);
        QCOMPARE(postback.value("status").toString(), QStringLiteral("sent"));
        QVERIFY(!postback.value("metadata").toObject().value("sent_at").toString().isEmpty());

        // The same external_send_id within 24 hours is not sent again.
        r = m_client->post(path, {{"external_send_id", "order-1001"}, {"recipient", QJsonObject{{"external_user_id", "user_0001"}}}}, All);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), QStringLiteral("The external reference has been queued.  Please retry to obtain send_id."));
        // An unknown user with attributes is created, then sent to.
        r = m_client->post(path, {{"recipient", QJsonObject{{"external_user_id", "new_buyer"}, {"attributes", QJsonObject{{"email", "buyer@example.com"}}}}}}, All);
        QCOMPARE(r.json.value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(exportUser({{"external_ids", QJsonArray{"new_buyer"}}}).value("email").toString(), QStringLiteral("buyer@example.com"));
        // Documented refusals.
        QCOMPARE(m_client->post(QStringLiteral("/transactional/v1/campaigns/%1/send").arg(Triggered),
                                {{"recipient", QJsonObject{{"external_user_id", "user_0001"}}}}, All).message(),
                 QStringLiteral("The campaign is not a transactional campaign. Only transactional campaigns may use this endpoint"));
        QCOMPARE(m_client->post(QStringLiteral("/transactional/v1/campaigns/nope/send"),
                                {{"recipient", QJsonObject{{"external_user_id", "user_0001"}}}}, All).message(),
                 QStringLiteral("Campaign does not exist"));
        QCOMPARE(m_client->post(path, {{"external_send_id", "not base64!"}, {"recipient", QJsonObject{{"external_user_id", "u"}}}}, All).status, 400);
        QCOMPARE(m_client->post(path, {}, All).status, 400);
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"transactional_postback_url", QString()}});
    }

    void campaignAndCanvasExports()
    {
        auto r = m_client->get(QStringLiteral("/campaigns/list"), {}, All);
        QCOMPARE(r.status, 200);
        const QJsonArray campaigns = r.json.value("campaigns").toArray();
        QCOMPARE(campaigns.size(), 3);
        const QJsonObject first = campaigns.first().toObject();
        for (const char *key : {"id", "last_edited", "name", "is_api_campaign", "tags"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(m_client->get(QStringLiteral("/campaigns/list"), {{"sort_direction", "desc"}}, All).json.value("campaigns").toArray().first().toObject().value("id"),
                 campaigns.last().toObject().value("id"));
        QCOMPARE(m_client->get(QStringLiteral("/campaigns/list"), {{"page", "1"}}, All).json.value("campaigns").toArray().size(), 0);
        // last_edit.time[gt], percent-encoded as clients send it.
        QCOMPARE(m_client->get(QStringLiteral("/campaigns/list"), {{"last_edit.time[gt]", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}, All)
                     .json.value("campaigns").toArray().size(), 0);

        r = m_client->get(QStringLiteral("/campaigns/details"), {{"campaign_id", Triggered}}, All);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value("messages").isObject());
        QCOMPARE(r.json.value("messages").toObject().value(DemoSeed::VariationOfferSms).toObject().value("channel").toString(), QStringLiteral("sms"));
        QCOMPARE(m_client->get(QStringLiteral("/campaigns/details"), {}, All).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/campaigns/details"), {{"campaign_id", "nope"}}, All).status, 400);

        r = m_client->get(QStringLiteral("/canvas/list"), {}, All);
        QCOMPARE(r.json.value("canvases").toArray().size(), 2);
        r = m_client->get(QStringLiteral("/canvas/details"), {{"canvas_id", Onboarding}}, All);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("name").toString(), QStringLiteral("ActionIQ onboarding journey"));
        QCOMPARE(r.json.value("steps").toArray().size(), 2);
        QCOMPARE(r.json.value("variants").toArray().first().toObject().value("first_step_ids").toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTriggers)
#include "tst_sandbox_triggers.moc"
