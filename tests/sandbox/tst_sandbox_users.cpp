// Contract tests: authentication, /users/track and /users/export/ids against a SandboxHost.
#include "sandbox/apikeytable.h"
#include "sandbox/demoseed.h"
#include "sandbox/sandboxuser.h"
#include "sandbox/sandboxhost.h"
#include "sandboxtestclient.h"

#include <QtTest>

using namespace Sandbox;

class TestSandboxUsers : public QObject
{
    Q_OBJECT

private:
    static QByteArray key(const char *k) { return QByteArray(k); }
    QJsonObject exportOne(const QString &externalId, const QStringList &fields = {})
    {
        QJsonObject body{{QStringLiteral("external_ids"), QJsonArray{externalId}}};
        if (!fields.isEmpty())
            body.insert(QStringLiteral("fields_to_export"), QJsonArray::fromStringList(fields));
        const auto r = m_client->post(QStringLiteral("/users/export/ids"), body, key(ApiKeyTable::AllPermissionsKey));
        return r.json.value(QLatin1String("users")).toArray().first().toObject();
    }

    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;

private slots:
    void initTestCase()
    {
        QSignalSpy started(&m_host, &SandboxHost::started);
        m_host.start();
        QVERIFY(started.wait(5000));
        QCOMPARE(started.first().first().toUrl(), m_host.baseUrl());
        QCOMPARE(m_host.baseUrl().host(), QStringLiteral("127.0.0.1"));
        m_client = std::make_unique<SandboxTestClient>(m_host.baseUrl());
    }
    void init()
    {
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/reset")).status, 200);
    }

    void missingKeyIs401()
    {
        const auto r = m_client->post(QStringLiteral("/users/track"), {{"attributes", QJsonArray{}}}, {});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.message(), QStringLiteral("Unauthorized"));
        QVERIFY(!r.header("X-RateLimit-Limit").isEmpty());
    }
    void unknownRevokedOrQuotedKeyIs401_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("unknown") << QByteArray("Bearer sandbox-nobody-0000000000000000");
        QTest::newRow("revoked") << QByteArray("Bearer ") + ApiKeyTable::RevokedKey;
        QTest::newRow("quoted") << QByteArray("Bearer \"") + ApiKeyTable::OutgrowKey + '"';
        QTest::newRow("no scheme") << QByteArray(ApiKeyTable::OutgrowKey);
    }
    void unknownRevokedOrQuotedKeyIs401()
    {
        QFETCH(QByteArray, authorization);
        const auto r = m_client->send("POST", m_client->url(QStringLiteral("/users/track")), "{}", {},
                                      {{"Authorization", authorization}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error, QNetworkReply::AuthenticationRequiredError);
    }
    void schemeIsCaseInsensitive()
    {
        const QByteArray body = R"({"attributes":[{"external_id":"case_1","first_name":"Ada"}]})";
        const auto r = m_client->send("POST", m_client->url(QStringLiteral("/users/track")), body, {},
                                      {{"authorization", QByteArray("BEARER ") + ApiKeyTable::OutgrowKey}});
        QCOMPARE(r.status, 201);
    }
    void missingPermissionIs403NamingIt()
    {
        const auto r = m_client->post(QStringLiteral("/users/export/ids"), {{"external_ids", QJsonArray{"user_0001"}}},
                                      key(ApiKeyTable::OutgrowKey));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.message(), QStringLiteral("Access Denied"));
        QCOMPARE(r.json.value("missing_permission").toString(), QStringLiteral("users.export.ids"));
    }
    void allowlistRefusesOtherAddresses()
    {
        const auto r = m_client->post(QStringLiteral("/users/track"), {{"attributes", QJsonArray{}}}, key(ApiKeyTable::AllowlistedKey));
        QCOMPARE(r.status, 401);
        QVERIFY(r.message().contains(QStringLiteral("IP address")));
    }
    void legacyApiKeyInBodyIsAccepted()
    {
        QJsonObject body{{"api_key", ApiKeyTable::OutgrowKey},
                         {"attributes", QJsonArray{QJsonObject{{"external_id", "legacy_1"}, {"outgrow_quiz_score", 7}}}}};
        QCOMPARE(m_client->post(QStringLiteral("/users/track"), body, {}).status, 201);
        const auto log = m_client->control("GET", QStringLiteral("/_sandbox/requests"));
        const QJsonObject last = log.array.last().toObject();
        QCOMPARE(last.value("body").toObject().value("api_key").toString(), QStringLiteral("<redacted>"));
        QVERIFY(!log.body.contains(ApiKeyTable::OutgrowKey));
        // A body that is not JSON keeps no key in the log either.
        const QByteArray broken = QByteArray("{\"api_key\": \"") + ApiKeyTable::OutgrowKey + "\", \"attributes\": [";
        QCOMPARE(m_client->send("POST", m_client->url(QStringLiteral("/users/track")), broken, {}).status, 401);
        QVERIFY(!m_client->control("GET", QStringLiteral("/_sandbox/requests")).body.contains(ApiKeyTable::OutgrowKey));
    }
    void unknownPathAndWrongMethodAre404()
    {
        QCOMPARE(m_client->post(QStringLiteral("/users/trak"), {}, key(ApiKeyTable::AllPermissionsKey)).status, 404);
        QCOMPARE(m_client->post(QStringLiteral("/users/track/"), {}, key(ApiKeyTable::AllPermissionsKey)).status, 404);
        const auto r = m_client->get(QStringLiteral("/users/track"), {}, key(ApiKeyTable::AllPermissionsKey));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), QStringLiteral("Not Found"));
    }

    void trackCreatesAndExportReadsBack()
    {
        const QJsonObject body{
            {"attributes", QJsonArray{QJsonObject{{"external_id", "new_1"}, {"first_name", "Zoé"}, {"outgrow_quiz_score", 42},
                                                  {"AIQ_1001_A", true}, {"email", "zoe@example.fr"}}}},
            {"events", QJsonArray{QJsonObject{{"external_id", "new_1"}, {"name", "quikly_activation_joined"},
                                              {"time", "2025-03-01T12:00:00Z"}, {"properties", QJsonObject{{"q_scope", "spring"}}}}}},
            {"purchases", QJsonArray{QJsonObject{{"external_id", "new_1"}, {"product_id", "spring_box"}, {"currency", "EUR"},
                                                 {"price", 29.9}, {"time", "2025-03-01T12:00:00Z"}}}}};
        const auto r = m_client->post(QStringLiteral("/users/track"), body, key(ApiKeyTable::OutgrowKey));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.message(), QStringLiteral("success"));
        QCOMPARE(r.json.value("attributes_processed").toInt(), 1);
        QCOMPARE(r.json.value("events_processed").toInt(), 1);
        QCOMPARE(r.json.value("purchases_processed").toInt(), 1);
        QVERIFY(!r.json.contains("errors"));

        const QJsonObject user = exportOne(QStringLiteral("new_1"));
        QCOMPARE(user.value("first_name").toString(), QStringLiteral("Zoé"));
        QCOMPARE(user.value("email").toString(), QStringLiteral("zoe@example.fr"));
        QCOMPARE(user.value("custom_attributes").toObject().value("outgrow_quiz_score").toInt(), 42);
        QCOMPARE(user.value("custom_attributes").toObject().value("AIQ_1001_A").toBool(), true);
        QCOMPARE(user.value("custom_events").toArray().first().toObject().value("count").toInt(), 1);
        QCOMPARE(user.value("purchases").toArray().first().toObject().value("name").toString(), QStringLiteral("spring_box"));
        QCOMPARE(user.value("braze_id").toString().size(), 24);
    }
    // A user tracked in a loop: the sandbox keeps the most recent events in full and exact
    // counts, first and last times for every name; a reset frees all of it.
    void eventsPerUserBoundedWithExactCounts()
    {
        const int total = int(EventHistory::Kept) * 2 + 30;
        auto timeOf = [](int i) { return QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC).addSecs(i).toString(Qt::ISODate); };
        for (int sent = 0; sent < total;) {
            QJsonArray events;
            for (; events.size() < 75 && sent < total; ++sent) {
                events.append(QJsonObject{{"external_id", "looped"}, {"name", sent % 3 == 0 ? "quiz_opened" : "quiz_answered"},
                                          {"time", timeOf(sent)}, {"properties", QJsonObject{{"n", sent}}}});
            }
            const auto r = m_client->post(QStringLiteral("/users/track"), {{"events", events}}, key(ApiKeyTable::OutgrowKey));
            QCOMPARE(r.status, 201);
        }

        QJsonObject stored;
        for (const auto &u : m_client->control("GET", QStringLiteral("/_sandbox/state")).json.value("users").toArray()) {
            if (u.toObject().value("external_id").toString() == QLatin1String("looped"))
                stored = u.toObject();
        }
        const QJsonArray recent = stored.value("events").toObject().value("recent").toArray();
        QCOMPARE(recent.size(), EventHistory::Kept);
        QCOMPARE(recent.last().toObject().value("properties").toObject().value("n").toInt(), total - 1);
        QCOMPARE(recent.first().toObject().value("properties").toObject().value("n").toInt(), total - int(EventHistory::Kept));

        QMap<QString, QJsonObject> counts;
        for (const auto &e : exportOne(QStringLiteral("looped")).value("custom_events").toArray())
            counts.insert(e.toObject().value("name").toString(), e.toObject());
        const int opened = (total + 2) / 3;
        QCOMPARE(counts.value("quiz_opened").value("count").toInt(), opened);
        QCOMPARE(counts.value("quiz_answered").value("count").toInt(), total - opened);
        QCOMPARE(counts.value("quiz_opened").value("first").toString(), timeOf(0));
        QCOMPARE(counts.value("quiz_answered").value("first").toString(), timeOf(1));
        QCOMPARE(counts.value("quiz_answered").value("last").toString(), timeOf(total - 1));

        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/reset"), {{"seed", "empty"}}).status, 200);
        const QJsonObject state = m_client->control("GET", QStringLiteral("/_sandbox/state")).json;
        QVERIFY(state.contains("users"));
        QVERIFY(state.value("users").toArray().isEmpty());
    }
    // Purchases are kept like events: the most recent in full, exact counts (a quantity of X is
    // X purchases, braze-api.md §9.2) and an exact total revenue, however many were tracked.
    void purchasesPerUserBoundedWithExactCountsAndRevenue()
    {
        const int total = int(PurchaseHistory::Kept) * 2 + 10;
        for (int sent = 0; sent < total;) {
            QJsonArray purchases;
            for (; purchases.size() < 75 && sent < total; ++sent) {
                purchases.append(QJsonObject{{"external_id", "shopper"}, {"product_id", sent % 2 ? "spring_box" : "gift_card"},
                                             {"currency", "EUR"}, {"price", 2.5}, {"quantity", 2},
                                             {"time", "2025-03-01T10:00:00Z"}, {"properties", QJsonObject{{"n", sent}}}});
            }
            QCOMPARE(m_client->post(QStringLiteral("/users/track"), {{"purchases", purchases}}, key(ApiKeyTable::OutgrowKey)).status, 201);
        }
        QJsonObject stored;
        for (const auto &u : m_client->control("GET", QStringLiteral("/_sandbox/state")).json.value("users").toArray()) {
            if (u.toObject().value("external_id").toString() == QLatin1String("shopper"))
                stored = u.toObject();
        }
        const QJsonArray recent = stored.value("purchases").toObject().value("recent").toArray();
        QCOMPARE(recent.size(), PurchaseHistory::Kept);
        QCOMPARE(recent.last().toObject().value("properties").toObject().value("n").toInt(), total - 1);

        const QJsonObject user = exportOne(QStringLiteral("shopper"));
        QMap<QString, int> counts;
        for (const auto &p : user.value("purchases").toArray())
            counts.insert(p.toObject().value("name").toString(), p.toObject().value("count").toInt());
        QCOMPARE(counts.value("spring_box"), total); // total / 2 purchases of quantity 2
        QCOMPARE(counts.value("gift_card"), total);
        QCOMPARE(user.value("total_revenue").toDouble(), total * 2 * 2.5);
    }
    // Past OccurrenceHistory::MaxNames distinct names one profile's next new name is refused with
    // an error item that says why; known names still count, so memory stays bounded.
    void distinctNamesPerUserBounded()
    {
        const int limit = int(EventHistory::MaxNames);
        for (int sent = 0; sent < limit;) {
            QJsonArray events;
            for (; events.size() < 75 && sent < limit; ++sent) {
                events.append(QJsonObject{{"external_id", "many_names"}, {"name", QStringLiteral("event_%1").arg(sent)},
                                          {"time", "2025-03-01T10:00:00Z"}});
            }
            QCOMPARE(m_client->post(QStringLiteral("/users/track"), {{"events", events}}, key(ApiKeyTable::OutgrowKey)).status, 201);
        }
        const auto r = m_client->post(QStringLiteral("/users/track"),
                                      {{"events", QJsonArray{QJsonObject{{"external_id", "many_names"}, {"name", "one_too_many"}, {"time", "2025-03-01T10:00:00Z"}},
                                                             QJsonObject{{"external_id", "many_names"}, {"name", "event_7"}, {"time", "2025-03-01T10:00:00Z"}}}}},
                                      key(ApiKeyTable::OutgrowKey));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value("events_processed").toInt(), 1);
        const QJsonArray errors = r.json.value("errors").toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject().value("index").toInt(), 0);
        QVERIFY2(errors.first().toObject().value("type").toString().contains(QString::number(limit)),
                 qPrintable(errors.first().toObject().value("type").toString()));
        const QJsonArray exported = exportOne(QStringLiteral("many_names")).value("custom_events").toArray();
        QCOMPARE(exported.size(), limit);
    }
    void countsOnlyForArraysSent()
    {
        const auto r = m_client->post(QStringLiteral("/users/track"),
                                      {{"attributes", QJsonArray{QJsonObject{{"external_id", "c_1"}, {"x", 1}}}}},
                                      key(ApiKeyTable::OutgrowKey));
        QCOMPARE(r.status, 201);
        QVERIFY(r.json.contains("attributes_processed"));
        QVERIFY(!r.json.contains("events_processed"));
        QVERIFY(!r.json.contains("purchases_processed"));
    }
    void badObjectIsNonFatalError()
    {
        const QJsonObject body{{"attributes", QJsonArray{QJsonObject{{"external_id", "ok_1"}, {"a", 1}},
                                                         QJsonObject{{"first_name", "No identifier"}}}}};
        const auto r = m_client->post(QStringLiteral("/users/track"), body, key(ApiKeyTable::OutgrowKey));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value("attributes_processed").toInt(), 1);
        const QJsonObject error = r.json.value("errors").toArray().first().toObject();
        QCOMPARE(error.value("input_array").toString(), QStringLiteral("attributes"));
        QCOMPARE(error.value("index").toInt(), 1);
        QVERIFY(error.value("type").toString().contains(QStringLiteral("is required")));
    }
    void nothingValidIs400()
    {
        const QJsonObject body{{"attributes", QJsonArray{QJsonObject{{"external_id", "bad_email"}, {"email", "not-an-address"}}}}};
        const auto r = m_client->post(QStringLiteral("/users/track"), body, key(ApiKeyTable::OutgrowKey));
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().startsWith(QStringLiteral("Valid data must be provided")));
        QCOMPARE(r.json.value("errors").toArray().first().toObject().value("type").toString(),
                 QStringLiteral("The value provided for the 'email' field is not a valid email."));
        QCOMPARE(m_client->post(QStringLiteral("/users/track"), {}, key(ApiKeyTable::OutgrowKey)).status, 400);
    }
    void eventAndPurchaseFieldErrors_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("typePart");
        const QJsonObject e{{"external_id", "u"}, {"name", "x"}, {"time", "2025-01-01T00:00:00Z"}};
        QJsonObject noName = e; noName.remove("name");
        QJsonObject badTime = e; badTime["time"] = "yesterday";
        QJsonObject reserved = e; reserved["properties"] = QJsonObject{{"time", 1}};
        QTest::newRow("event without name") << QJsonObject{{"events", QJsonArray{noName}}} << QStringLiteral("'name'");
        QTest::newRow("event bad time") << QJsonObject{{"events", QJsonArray{badTime}}} << QStringLiteral("'time'");
        QTest::newRow("reserved property") << QJsonObject{{"events", QJsonArray{reserved}}} << QStringLiteral("reserved");
        const QJsonObject p{{"external_id", "u"}, {"product_id", "p"}, {"currency", "usd"}, {"price", 1}, {"time", "2025-01-01"}};
        QTest::newRow("purchase currency") << QJsonObject{{"purchases", QJsonArray{p}}} << QStringLiteral("currency");
        QJsonObject price = p; price["currency"] = "USD"; price["price"] = "1.00";
        QTest::newRow("purchase price type") << QJsonObject{{"purchases", QJsonArray{price}}} << QStringLiteral("'price'");
    }
    void eventAndPurchaseFieldErrors()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, typePart);
        const auto r = m_client->post(QStringLiteral("/users/track"), body, key(ApiKeyTable::OutgrowKey));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json.value("errors").toArray().first().toObject().value("type").toString().contains(typePart), r.body);
    }
    void tooManyObjectsIs400()
    {
        QJsonArray attributes;
        for (int i = 0; i < 76; ++i)
            attributes.append(QJsonObject{{"external_id", QStringLiteral("bulk_%1").arg(i)}});
        auto r = m_client->post(QStringLiteral("/users/track"), {{"attributes", attributes}}, key(ApiKeyTable::OutgrowKey));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), QStringLiteral("Max Input Length Exceeded"));
        attributes.removeLast();
        QCOMPARE(m_client->post(QStringLiteral("/users/track"), {{"attributes", attributes}}, key(ApiKeyTable::OutgrowKey)).status, 201);
        // Newer contracts count all three arrays together.
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"track_limit_mode", "combined_50"}}).status, 200);
        QJsonArray events;
        events.append(QJsonObject{{"external_id", "bulk_0"}, {"name", "e"}, {"time", "2025-01-01T00:00:00Z"}});
        QJsonArray fifty = attributes;
        while (fifty.size() > 50)
            fifty.removeLast();
        r = m_client->post(QStringLiteral("/users/track"), {{"attributes", fifty}, {"events", events}}, key(ApiKeyTable::OutgrowKey));
        QCOMPARE(r.status, 400);
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"track_limit_mode", "per_array_75"}}).status, 200);
    }
    void aliasOnlyProfileNeedsExplicitFalse()
    {
        const QJsonObject alias{{"alias_name", "lead@example.com"}, {"alias_label", "email"}};
        const QJsonObject exportBody{{"user_aliases", QJsonArray{alias}}, {"fields_to_export", QJsonArray{"user_aliases", "email"}}};
        // Without _update_existing_only: false nothing is created, but the call still succeeds.
        auto r = m_client->post(QStringLiteral("/users/track"),
                                {{"attributes", QJsonArray{QJsonObject{{"user_alias", alias}, {"email", "lead@example.com"}}}}},
                                key(ApiKeyTable::QuiklyKey));
        QCOMPARE(r.status, 201);
        r = m_client->post(QStringLiteral("/users/export/ids"), exportBody, key(ApiKeyTable::QuiklyKey));
        QCOMPARE(r.json.value("users").toArray().size(), 0);

        r = m_client->post(QStringLiteral("/users/track"),
                           {{"attributes", QJsonArray{QJsonObject{{"_update_existing_only", false}, {"user_alias", alias},
                                                                   {"email", "lead@example.com"}}}}},
                           key(ApiKeyTable::QuiklyKey));
        QCOMPARE(r.status, 201);
        r = m_client->post(QStringLiteral("/users/export/ids"), exportBody, key(ApiKeyTable::QuiklyKey));
        const QJsonObject user = r.json.value("users").toArray().first().toObject();
        QCOMPARE(user.value("user_aliases").toArray().first().toObject(), alias);
        QVERIFY(!user.contains("external_id"));
    }
    void updateExistingOnlySkipsUnknownExternalId()
    {
        m_client->post(QStringLiteral("/users/track"),
                       {{"attributes", QJsonArray{QJsonObject{{"external_id", "ghost"}, {"_update_existing_only", true}, {"a", 1}}}}},
                       key(ApiKeyTable::OutgrowKey));
        const auto r = m_client->post(QStringLiteral("/users/export/ids"), {{"external_ids", QJsonArray{"ghost"}}},
                                      key(ApiKeyTable::AllPermissionsKey));
        QCOMPARE(r.json.value("users").toArray().size(), 0);
        QCOMPARE(r.json.value("invalid_user_ids").toArray(), QJsonArray{"ghost"});
    }
    void updateOperators()
    {
        const auto track = [this](const QJsonObject &attributes) {
            QJsonObject a = attributes;
            a.insert("external_id", "ops_1");
            return m_client->post(QStringLiteral("/users/track"), {{"attributes", QJsonArray{a}}}, key(ApiKeyTable::OutgrowKey)).status;
        };
        QCOMPARE(track({{"points", 10}, {"tags", QJsonArray{"a", "b"}}, {"profile", QJsonObject{{"city", "Lyon"}, {"pets", 1}}}}), 201);
        QCOMPARE(track({{"points", QJsonObject{{"inc", -3}}}, {"tags", QJsonObject{{"add", QJsonArray{"a", "c"}}, {"remove", QJsonArray{"b"}}}},
                        {"profile", QJsonObject{{"pets", 2}}}, {"_merge_objects", true}, {"gone", QJsonValue::Null}}), 201);
        const QJsonObject custom = exportOne(QStringLiteral("ops_1")).value("custom_attributes").toObject();
        QCOMPARE(custom.value("points").toInt(), 7);
        QCOMPARE(custom.value("tags").toArray(), (QJsonArray{"a", "c"}));
        QCOMPARE(custom.value("profile").toObject(), (QJsonObject{{"city", "Lyon"}, {"pets", 2}}));
        // A null inside a nested object drops that attribute's update entirely.
        QCOMPARE(track({{"profile", QJsonObject{{"city", QJsonValue::Null}}}}), 201);
        QCOMPARE(exportOne(QStringLiteral("ops_1")).value("custom_attributes").toObject().value("profile").toObject().value("city").toString(),
                 QStringLiteral("Lyon"));
        QCOMPARE(track({{"points", QJsonValue::Null}}), 201);
        QVERIFY(!exportOne(QStringLiteral("ops_1")).value("custom_attributes").toObject().contains("points"));
        // Standard fields are removed with null too, e-mail included.
        QCOMPARE(track({{"email", "ops@example.com"}, {"first_name", "Ops"}}), 201);
        QCOMPARE(track({{"email", QJsonValue::Null}, {"first_name", QJsonValue::Null}}), 201);
        QVERIFY(!exportOne(QStringLiteral("ops_1")).contains("email"));
        QVERIFY(!exportOne(QStringLiteral("ops_1")).contains("first_name"));
    }

    void exportByEmailReturnsEveryMatch()
    {
        const auto r = m_client->post(QStringLiteral("/users/export/ids"),
                                      {{"email_address", DemoSeed::SharedEmail},
                                       {"fields_to_export", QJsonArray{"external_id", "braze_id", "user_aliases", "email", "email_subscribe"}}},
                                      key(ApiKeyTable::QuiklyKey));
        QCOMPARE(r.status, 201);
        const QJsonArray users = r.json.value("users").toArray();
        QCOMPARE(users.size(), 3);
        int withExternalId = 0;
        for (const auto &u : users) {
            QCOMPARE(u.toObject().value("email").toString(), QString::fromLatin1(DemoSeed::SharedEmail));
            QVERIFY(!u.toObject().contains("first_name"));    // not asked for
            withExternalId += u.toObject().contains("external_id");
        }
        QCOMPARE(withExternalId, 2);
    }
    void exportValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("messagePart");
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(QStringLiteral("user_%1").arg(i));
        QTest::newRow("51 ids") << QJsonObject{{"external_ids", many}} << QStringLiteral("max number of external_ids and aliases");
        QTest::newRow("two emails") << QJsonObject{{"email_address", QJsonArray{"a@b.de", "c@d.de"}}} << QStringLiteral("only one value");
        QTest::newRow("ids not array") << QJsonObject{{"external_ids", "user_0001"}} << QStringLiteral("array of strings");
        QTest::newRow("bad field") << QJsonObject{{"external_ids", QJsonArray{"user_0001"}}, {"fields_to_export", QJsonArray{"emails"}}}
                                   << QStringLiteral("'emails'");
        QTest::newRow("no identifier") << QJsonObject{{"fields_to_export", QJsonArray{"email"}}} << QStringLiteral("at least one");
    }
    void exportValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, messagePart);
        const auto r = m_client->post(QStringLiteral("/users/export/ids"), body, key(ApiKeyTable::QuiklyKey));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.message().contains(messagePart), r.body);
    }
    void exportListsUnknownIdsAsInvalid()
    {
        const auto r = m_client->post(QStringLiteral("/users/export/ids"),
                                      {{"external_ids", QJsonArray{"user_0001", "unknown_user_1"}}, {"fields_to_export", QJsonArray{"external_id"}}},
                                      key(ApiKeyTable::QuiklyKey));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value("users").toArray(), (QJsonArray{QJsonObject{{"external_id", "user_0001"}}}));
        QCOMPARE(r.json.value("invalid_user_ids").toArray(), QJsonArray{"unknown_user_1"});
    }
    void exportByBrazeIdAndPhone()
    {
        QCOMPARE(m_client->post(QStringLiteral("/users/track"),
                                {{"attributes", QJsonArray{QJsonObject{{"external_id", "phone_1"}, {"phone", "+4915199999999"}}}}},
                                key(ApiKeyTable::OutgrowKey)).status, 201);
        const QJsonObject user = exportOne(QStringLiteral("phone_1"), {QStringLiteral("braze_id"), QStringLiteral("phone")});
        QCOMPARE(user.value("phone").toString(), QStringLiteral("+4915199999999"));
        auto r = m_client->post(QStringLiteral("/users/export/ids"), {{"braze_id", user.value("braze_id")}}, key(ApiKeyTable::QuiklyKey));
        QCOMPARE(r.json.value("users").toArray().first().toObject().value("external_id").toString(), QStringLiteral("phone_1"));
        r = m_client->post(QStringLiteral("/users/export/ids"), {{"phone", user.value("phone")}, {"fields_to_export", QJsonArray{"external_id"}}},
                           key(ApiKeyTable::QuiklyKey));
        QCOMPARE(r.json.value("users").toArray(), (QJsonArray{QJsonObject{{"external_id", "phone_1"}}}));
    }
    void legacyApiKeyInQueryAndItsSwitch()
    {
        const auto get = [this] {
            return m_client->send("GET", m_client->url(QStringLiteral("/segments/list"), {{"api_key", ApiKeyTable::AllPermissionsKey}}), {}, {}).status;
        };
        QCOMPARE(get(), 200);
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"accept_legacy_api_key", false}});
        const int refused = get();
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"accept_legacy_api_key", true}});
        QCOMPARE(refused, 401);
    }
    void badBodies()
    {
        auto r = m_client->send("POST", m_client->url(QStringLiteral("/users/track")), "{\"attributes\": [", key(ApiKeyTable::OutgrowKey));
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().contains(QStringLiteral("not a valid JSON")));
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"max_body_bytes", 64}});
        r = m_client->post(QStringLiteral("/users/track"), {{"attributes", QJsonArray{QJsonObject{{"external_id", QString(100, QLatin1Char('x'))}}}}},
                           key(ApiKeyTable::OutgrowKey));
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"max_body_bytes", 4 * 1024 * 1024}});
        QCOMPARE(r.status, 413);
        // Authentication still comes first.
        QCOMPARE(m_client->send("POST", m_client->url(QStringLiteral("/users/track")), "nonsense", {}).status, 401);
    }
    void requiredFieldsToExportWhenConfigured()
    {
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"require_fields_to_export", true}});
        const auto r = m_client->post(QStringLiteral("/users/export/ids"), {{"external_ids", QJsonArray{"user_0001"}}},
                                      key(ApiKeyTable::QuiklyKey));
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"require_fields_to_export", false}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().contains(QStringLiteral("fields_to_export")));
    }
};

QTEST_MAIN(TestSandboxUsers)
#include "tst_sandbox_users.moc"
