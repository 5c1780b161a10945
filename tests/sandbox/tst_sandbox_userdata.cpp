// Contract tests: merging users, renaming and removing external ids, alias updates, segment
// exports with their delayed URL (braze-api-more.md §4), the e-mail and SMS lists (§5, §6), and
// the nullable fields of /subscription/user/status (braze-api.md §11.7).
#include "sandbox/apikeytable.h"
#include "sandbox/demoseed.h"
#include "sandboxtestclient.h"

#include <QtTest>

using namespace Sandbox;

namespace {
const QByteArray All = ApiKeyTable::AllPermissionsKey;
QJsonObject byExternalId(const QString &id)
{
    return {{"external_id", id}};
}
}

class TestSandboxUserData : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;

    QJsonArray exportUsers(const QJsonObject &body)
    {
        return m_client->post(QStringLiteral("/users/export/ids"), body, All).json.value("users").toArray();
    }
    QJsonObject user(const QString &externalId)
    {
        return exportUsers({{"external_ids", QJsonArray{externalId}}}).first().toObject();
    }
    SandboxTestClient::Reply track(const QJsonObject &attributes)
    {
        return m_client->post(QStringLiteral("/users/track"), {{"attributes", QJsonArray{attributes}}}, All);
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

    void mergeMovesDataAndRemovesProfile()
    {
        track({{"external_id", "old-user1"}, {"first_name", "Old"}, {"favourite_colour", "green"}, {"loyalty_points", 5}});
        track({{"external_id", "current-user1"}, {"loyalty_points", 700}});
        const auto r = m_client->post(QStringLiteral("/users/merge"),
                                      {{"merge_updates", QJsonArray{QJsonObject{{"identifier_to_merge", byExternalId("old-user1")},
                                                                                {"identifier_to_keep", byExternalId("current-user1")}}}}}, All);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.message(), QStringLiteral("success"));
        QCOMPARE(exportUsers({{"external_ids", QJsonArray{"old-user1"}}}).size(), 0);
        const QJsonObject kept = user("current-user1");
        QCOMPARE(kept.value("first_name").toString(), QStringLiteral("Old"));           // missing on the kept profile: copied
        const QJsonObject custom = kept.value("custom_attributes").toObject();
        QCOMPARE(custom.value("favourite_colour").toString(), QStringLiteral("green"));
        QCOMPARE(custom.value("loyalty_points").toInt(), 700);                          // the kept profile's value stays
    }

    // Issue 15: the merged profile's Canvas entries (canvases_received) move to the kept one.
    void mergeMovesCanvasEntries()
    {
        track({{"external_id", "canvas-old"}});
        track({{"external_id", "canvas-kept"}});
        const auto trigger = m_client->post(QStringLiteral("/canvas/trigger/send"),
                                            {{"canvas_id", DemoSeed::OnboardingCanvasId},
                                             {"recipients", QJsonArray{QJsonObject{{"external_user_id", "canvas-old"}}}}}, All);
        QCOMPARE(trigger.status, 201);
        const QJsonObject before = m_client->post(QStringLiteral("/users/export/ids"),
                                                  {{"external_ids", QJsonArray{"canvas-old"}}, {"fields_to_export", QJsonArray{"canvases_received"}}}, All)
                                       .json.value("users").toArray().first().toObject();
        QCOMPARE(before.value("canvases_received").toArray().first().toObject().value("api_canvas_id").toString(),
                 QString::fromLatin1(DemoSeed::OnboardingCanvasId));
        QCOMPARE(m_client->post(QStringLiteral("/users/merge"),
                                {{"merge_updates", QJsonArray{QJsonObject{{"identifier_to_merge", byExternalId("canvas-old")},
                                                                          {"identifier_to_keep", byExternalId("canvas-kept")}}}}}, All).status, 202);
        const QJsonObject kept = user("canvas-kept");
        QCOMPARE(kept.value("canvases_received").toArray().size(), 1);
        QCOMPARE(kept.value("canvases_received").toArray().first().toObject().value("last_entered"),
                 before.value("canvases_received").toArray().first().toObject().value("last_entered"));
    }
    void mergeByEmailWithPrioritization()
    {
        track({{"external_id", "john"}});
        const auto r = m_client->post(QStringLiteral("/users/merge"),
                                      {{"merge_updates", QJsonArray{QJsonObject{
                                           {"identifier_to_merge", QJsonObject{{"email", DemoSeed::SharedEmail}, {"prioritization", QJsonArray{"unidentified"}}}},
                                           {"identifier_to_keep", byExternalId("john")}}}}}, All);
        QCOMPARE(r.status, 202);
        QCOMPARE(user("john").value("email").toString(), QString::fromLatin1(DemoSeed::SharedEmail));
        QCOMPARE(exportUsers({{"email_address", DemoSeed::SharedEmail}}).size(), 3);   // two identified + john; the alias-only one is gone
    }
    void mergeRefusals_data()
    {
        QTest::addColumn<QJsonValue>("updates");
        QTest::addColumn<QString>("message");
        const QJsonObject ok{{"identifier_to_merge", byExternalId("a")}, {"identifier_to_keep", byExternalId("b")}};
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(ok);
        QTest::newRow("not array") << QJsonValue("x") << "'merge_updates' must be an array of objects";
        QTest::newRow("51") << QJsonValue(many) << "a single request may not contain more than 50 merge updates";
        QTest::newRow("bad identifier") << QJsonValue(QJsonArray{QJsonObject{{"identifier_to_merge", QJsonObject{{"external_id", 5}}}, {"identifier_to_keep", byExternalId("b")}}})
                                        << "identifiers must be objects with an 'external_id' property that is a string, 'user_alias' property that is an "
                                           "object, 'email' property that is a string, or 'phone' property that is a string";
        QTest::newRow("email without prioritization")
            << QJsonValue(QJsonArray{QJsonObject{{"identifier_to_merge", QJsonObject{{"email", "a@example.com"}}}, {"identifier_to_keep", byExternalId("b")}}})
            << "identifiers must be objects with an 'external_id' property that is a string, 'user_alias' property that is an "
               "object, 'email' property that is a string, or 'phone' property that is a string";
        QJsonObject extra = ok;
        extra.insert("note", "x");
        QTest::newRow("extra key") << QJsonValue(QJsonArray{extra}) << "'merge_updates' must only have 'identifier_to_merge' and 'identifier_to_keep'";
    }
    void mergeRefusals()
    {
        QFETCH(QJsonValue, updates);
        QFETCH(QString, message);
        const auto r = m_client->post(QStringLiteral("/users/merge"), {{"merge_updates", updates}}, All);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), message);
    }

    void renameKeepsDeprecatedIdUntilRemoved()
    {
        auto r = m_client->post(QStringLiteral("/users/external_ids/rename"),
                                {{"external_id_renames", QJsonArray{QJsonObject{{"current_external_id", "user_0001"}, {"new_external_id", "crm-0001"}},
                                                                    QJsonObject{{"current_external_id", "nobody"}, {"new_external_id", "x"}},
                                                                    QJsonObject{{"current_external_id", "user_0002"}, {"new_external_id", "user_0003"}}}}},
                                All);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value("external_ids").toArray(), QJsonArray{"crm-0001"});
        const QJsonArray errors = r.json.value("rename_errors").toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toArray().first().toInt(), 1);    // the index in the request
        QCOMPARE(errors.at(1).toArray().first().toInt(), 2);
        // The old id still finds the user, whose primary id is the new one.
        QCOMPARE(user("user_0001").value("external_id").toString(), QStringLiteral("crm-0001"));
        // A deprecated id cannot be renamed again, and a primary id cannot be removed.
        r = m_client->post(QStringLiteral("/users/external_ids/rename"),
                           {{"external_id_renames", QJsonArray{QJsonObject{{"current_external_id", "user_0001"}, {"new_external_id", "crm-x"}}}}}, All);
        QCOMPARE(r.json.value("rename_errors").toArray().size(), 1);
        r = m_client->post(QStringLiteral("/users/external_ids/remove"), {{"external_ids", QJsonArray{"crm-0001", "user_0001"}}}, All);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value("removed_ids").toArray(), QJsonArray{"user_0001"});
        QCOMPARE(r.json.value("removal_errors").toArray().size(), 1);
        QCOMPARE(exportUsers({{"external_ids", QJsonArray{"user_0001"}}}).size(), 0);
        QCOMPARE(user("crm-0001").value("external_id").toString(), QStringLiteral("crm-0001"));
        QCOMPARE(m_client->post(QStringLiteral("/users/external_ids/remove"), {{"external_ids", QJsonArray{}}}, All).status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/users/external_ids/rename"), {}, All).status, 400);
    }
    void aliasUpdate()
    {
        m_client->post(QStringLiteral("/users/alias/new"), {{"user_aliases", QJsonArray{QJsonObject{{"external_id", "user_0001"}, {"alias_name", "crm-1"}, {"alias_label", "crm"}}}}}, All);
        const auto r = m_client->post(QStringLiteral("/users/alias/update"),
                                      {{"alias_updates", QJsonArray{QJsonObject{{"alias_label", "crm"}, {"old_alias_name", "crm-1"}, {"new_alias_name", "crm-2"}},
                                                                    QJsonObject{{"alias_label", "crm"}, {"old_alias_name", "missing"}, {"new_alias_name", "x"}}}}}, All);
        QCOMPARE(r.status, 201);
        QVERIFY(user("user_0001").value("user_aliases").toArray().contains(QJsonObject{{"alias_name", "crm-2"}, {"alias_label", "crm"}}));
        QCOMPARE(m_client->post(QStringLiteral("/users/alias/update"), {{"alias_updates", QJsonArray{QJsonObject{{"alias_label", "crm"}}}}}, All).status, 400);
    }

    void segmentExportServesFileOnceReady()
    {
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"export_ready_delay_ms", 300}}).status, 200);
        const QJsonObject body{{"segment_id", DemoSeed::HighScorersSegmentId},
                               {"fields_to_export", QJsonArray{"external_id", "email", "custom_attributes"}},
                               {"callback_endpoint", m_host.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/webhooks/export-done"))).toString()}};
        auto r = m_client->post(QStringLiteral("/users/export/segment"), body, All);
        QCOMPARE(r.status, 201);
        const QUrl url(r.json.value("url").toString());
        QVERIFY(!r.json.value("object_prefix").toString().isEmpty());
        // At once: a URL with nothing behind it yet; a second export of the segment is refused.
        QCOMPARE(m_client->send("GET", url, {}, {}).status, 404);
        QCOMPARE(m_client->post(QStringLiteral("/users/export/segment"), body, All).status, 429);
        QTRY_COMPARE(m_client->send("GET", url, {}, {}).status, 200);
        const QList<QByteArray> lines = m_client->send("GET", url, {}, {}).body.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        for (const QByteArray &line : lines) {
            const QJsonObject u = QJsonDocument::fromJson(line).object();
            QVERIFY(u.value("custom_attributes").toObject().value("outgrow_quiz_score").toInt() > 80);
            QVERIFY(!u.contains("first_name"));
        }
        // As many as the seed counted into the segment.
        const QJsonObject segment = m_client->control("GET", QStringLiteral("/_sandbox/state")).json.value("segments").toArray().first().toObject();
        QCOMPARE(segment.value("id").toString(), QString::fromLatin1(DemoSeed::HighScorersSegmentId));
        QCOMPARE(lines.size(), segment.value("size").toInt());
        QTRY_COMPARE(m_client->control("GET", QStringLiteral("/_sandbox/webhooks")).array.size(), 1);
        const QJsonObject callback = m_client->control("GET", QStringLiteral("/_sandbox/webhooks")).array.first().toObject().value("json").toObject();
        QCOMPARE(callback.value("success").toBool(), true);
        QCOMPARE(callback.value("url").toString(), url.toString());

        QCOMPARE(m_client->post(QStringLiteral("/users/export/segment"), {{"segment_id", DemoSeed::HighScorersSegmentId}}, All).status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/users/export/segment"), {{"segment_id", "nope"}, {"fields_to_export", QJsonArray{"email"}}}, All).status, 400);
        r = m_client->post(QStringLiteral("/users/export/global_control_group"), {{"fields_to_export", QJsonArray{"braze_id"}}}, All);
        QCOMPARE(r.status, 201);
        QVERIFY(r.json.value("url").toString().contains("/_sandbox/exports/"));
    }

    void emailListsFollowWrites()
    {
        const QString today = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        const auto bounces = [&] {
            return m_client->get(QStringLiteral("/email/hard_bounces"), {{"start_date", "2020-01-01"}, {"end_date", today}}, All).json.value("emails").toArray();
        };
        const qsizetype seeded = bounces().size();
        QCOMPARE(seeded, 3);
        QVERIFY(!bounces().first().toObject().value("hard_bounced_at").toString().isEmpty());
        QCOMPARE(m_client->post(QStringLiteral("/email/blocklist"), {{"email", QJsonArray{"spam@example.com"}}}, All).status, 201);
        QCOMPARE(bounces().size(), seeded + 1);
        QCOMPARE(bounces().first().toObject().value("email").toString(), QStringLiteral("spam@example.com"));   // newest first
        QCOMPARE(m_client->post(QStringLiteral("/email/bounce/remove"), {{"email", "spam@example.com"}}, All).status, 201);
        QCOMPARE(bounces().size(), seeded);
        // With an e-mail address the date range is ignored; end_date is still required.
        QCOMPARE(m_client->get(QStringLiteral("/email/hard_bounces"), {{"email", "x@example.com"}}, All).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/email/hard_bounces"), {{"end_date", today}}, All).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/email/hard_bounces"), {{"start_date", today}, {"end_date", "2020-01-01"}}, All).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/email/hard_bounces"), {{"start_date", "2020-01-01"}, {"end_date", today}, {"limit", "501"}}, All).status, 400);

        const QString email = user("user_0001").value("email").toString();
        QCOMPARE(m_client->post(QStringLiteral("/email/status"), {{"email", email}, {"subscription_state", "unsubscribed"}}, All).status, 201);
        QCOMPARE(user("user_0001").value("email_subscribe").toString(), QStringLiteral("unsubscribed"));
        auto r = m_client->get(QStringLiteral("/email/unsubscribes"), {{"email", email}, {"end_date", today}}, All);
        QCOMPARE(r.json.value("emails").toArray().first().toObject().value("email").toString(), email);
        QVERIFY(!r.json.value("emails").toArray().first().toObject().value("unsubscribed_at").toString().isEmpty());
        QCOMPARE(m_client->post(QStringLiteral("/email/status"), {{"email", email}, {"subscription_state", "opted_in"}}, All).status, 201);
        QCOMPARE(m_client->get(QStringLiteral("/email/unsubscribes"), {{"email", email}, {"end_date", today}}, All).json.value("emails").toArray().size(), 0);
        QCOMPARE(m_client->post(QStringLiteral("/email/status"), {{"email", email}, {"subscription_state", "maybe"}}, All).status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/email/status"), {{"email", "not an address"}, {"subscription_state", "opted_in"}}, All).status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/email/spam/remove"), {}, All).status, 400);
    }
    void invalidPhoneNumbers()
    {
        const QString today = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        auto r = m_client->get(QStringLiteral("/sms/invalid_phone_numbers"), {{"start_date", "2020-01-01"}, {"end_date", today}}, All);
        QCOMPARE(r.status, 200);
        const QJsonArray sms = r.json.value("sms").toArray();
        QCOMPARE(sms.size(), 1);
        const QString phone = sms.first().toObject().value("phone").toString();
        QCOMPARE(sms.first().toObject().value("reason").toString(), QStringLiteral("deactivated"));
        QCOMPARE(m_client->get(QStringLiteral("/sms/invalid_phone_numbers"), {{"phone_numbers[]", phone}}, All).json.value("sms").toArray().size(), 1);
        QCOMPARE(m_client->get(QStringLiteral("/sms/invalid_phone_numbers"), {{"start_date", "2020-01-01"}, {"end_date", today}, {"reason", "provider_error"}}, All)
                     .json.value("sms").toArray().size(), 0);
        QCOMPARE(m_client->get(QStringLiteral("/sms/invalid_phone_numbers"), {}, All).status, 400);
        // Braze's example sends numbers without '+'.
        QCOMPARE(m_client->post(QStringLiteral("/sms/invalid_phone_numbers/remove"), {{"phone_numbers", QJsonArray{phone.mid(1)}}}, All).status, 201);
        QCOMPARE(m_client->get(QStringLiteral("/sms/invalid_phone_numbers"), {{"phone_numbers", phone}}, All).json.value("sms").toArray().size(), 0);
    }

    // Finding 4: email, phone and external_id are always present, null when empty.
    void subscriptionStatusKeepsNullFields()
    {
        track({{"external_id", "no_contact"}, {"subscription_groups", QJsonArray{QJsonObject{{"subscription_group_id", DemoSeed::EmailGroupId},
                                                                                            {"subscription_state", "subscribed"}}}}});
        const auto r = m_client->get(QStringLiteral("/subscription/user/status"), {{"external_id", "no_contact"}}, All);
        QCOMPARE(r.status, 200);
        const QJsonObject entry = r.json.value("users").toArray().first().toObject();
        QCOMPARE(entry.value("external_id").toString(), QStringLiteral("no_contact"));
        QVERIFY(entry.contains("email") && entry.value("email").isNull());
        QVERIFY(entry.contains("phone") && entry.value("phone").isNull());
    }

    // A 502 from the edge is an HTML page that says so in its Content-Type, without the API's
    // rate-limit headers (the request never reached Braze).
    void htmlFaultIsLabelledHtml()
    {
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/faults"), {{"html_rate", 1.0}}).status, 200);
        const auto r = m_client->get(QStringLiteral("/catalogs"), {}, All);
        QCOMPARE(r.status, 502);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("502 Bad Gateway"));
        QVERIFY(r.header("X-RateLimit-Limit").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxUserData)
#include "tst_sandbox_userdata.moc"
