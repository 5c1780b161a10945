// Contract tests: subscription group endpoints, SMS double opt-in timing and the
// "profile not ready" delay the Quikly seed warns about.
#include "sandbox/apikeytable.h"
#include "sandbox/demoseed.h"
#include "sandbox/sandboxhost.h"
#include "sandboxtestclient.h"

#include <QtTest>

using namespace Sandbox;

namespace {
const QByteArray Quikly = ApiKeyTable::QuiklyKey;
const QByteArray All = ApiKeyTable::AllPermissionsKey;
const QString Sms = QString::fromLatin1(DemoSeed::SmsGroupId);
const QString Email = QString::fromLatin1(DemoSeed::EmailGroupId);
}

class TestSandboxSubscriptions : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;

    QString status(const QString &group, const QString &param, const QString &value)
    {
        const auto r = m_client->get(QStringLiteral("/subscription/status/get"),
                                     {{"subscription_group_id", group}, {param, value}}, Quikly);
        return r.json.value("status").toObject().value(value).toString();
    }
    int track(const QJsonObject &body) { return m_client->post(QStringLiteral("/users/track"), body, Quikly).status; }
    SandboxTestClient::Reply setV1(const QJsonObject &body) { return m_client->post(QStringLiteral("/subscription/status/set"), body, Quikly); }

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

    void setByPhoneThenReadBack()
    {
        QCOMPARE(track({{"attributes", QJsonArray{QJsonObject{{"external_id", "sms_1"}, {"phone", "+13135551212"}}}}}), 201);
        QCOMPARE(status(Sms, "phone", "+13135551212"), QStringLiteral("Unknown"));
        const auto r = setV1({{"subscription_group_id", Sms}, {"subscription_state", "subscribed"}, {"phone", QJsonArray{"+13135551212"}}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.message(), QStringLiteral("success"));
        QCOMPARE(status(Sms, "phone", "+13135551212"), QStringLiteral("Subscribed"));
        QCOMPARE(status(Sms, "external_id", "sms_1"), QStringLiteral("Subscribed"));
        // A single string is accepted too, and unsubscribing works.
        QCOMPARE(setV1({{"subscription_group_id", Sms}, {"subscription_state", "unsubscribed"}, {"external_id", "sms_1"}}).status, 201);
        QCOMPARE(status(Sms, "phone", "+13135551212"), QStringLiteral("Unsubscribed"));
    }
    void bareplusInQueryDoesNotMatch()
    {
        QCOMPARE(track({{"attributes", QJsonArray{QJsonObject{{"external_id", "sms_2"}, {"phone", "+13135550000"}}}}}), 201);
        setV1({{"subscription_group_id", Sms}, {"subscription_state", "subscribed"}, {"phone", "+13135550000"}});
        QUrl url = m_client->url(QStringLiteral("/subscription/status/get"));
        url.setQuery(QStringLiteral("subscription_group_id=%1&phone=+13135550000").arg(Sms), QUrl::TolerantMode);
        const auto r = m_client->send("GET", url, {}, Quikly);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("status").toObject().value(" 13135550000").toString(), QStringLiteral("Unknown"));
    }
    void seedMistakesAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("subscription_status instead of state")
            << QJsonObject{{"subscription_group_id", Sms}, {"subscription_status", "subscribed"}, {"phone", QJsonArray{"+13135551212"}}}
            << QStringLiteral("'subscription_state' is required.");
        QTest::newRow("capitalised state")
            << QJsonObject{{"subscription_group_id", Sms}, {"subscription_state", "Subscribed"}, {"phone", "+13135551212"}}
            << QStringLiteral("'subscription_state' must be 'subscribed' or 'unsubscribed'.");
        QTest::newRow("email and phone")
            << QJsonObject{{"subscription_group_id", Sms}, {"subscription_state", "subscribed"}, {"phone", "+13135551212"}, {"email", "a@b.de"}}
            << QStringLiteral("Either an email address or a phone number should be provided, but not both.");
        QTest::newRow("unknown group")
            << QJsonObject{{"subscription_group_id", "nope"}, {"subscription_state", "subscribed"}, {"phone", "+13135551212"}}
            << QStringLiteral("Invalid subscription group id.");
        QTest::newRow("no identifier")
            << QJsonObject{{"subscription_group_id", Sms}, {"subscription_state", "subscribed"}} << QStringLiteral("Provide 'external_id', 'email' or 'phone'.");
    }
    void seedMistakesAreRefused()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, message);
        const auto r = setV1(body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), message);
    }
    void v2SetsSeveralGroups()
    {
        const QJsonObject body{{"subscription_groups", QJsonArray{
            QJsonObject{{"subscription_group_id", Email}, {"subscription_state", "subscribed"}, {"external_ids", QJsonArray{"user_0001"}}},
            QJsonObject{{"subscription_group_id", Sms}, {"subscription_state", "unsubscribed"}, {"external_ids", QJsonArray{"user_0001"}}}}}};
        QCOMPARE(m_client->post(QStringLiteral("/v2/subscription/status/set"), body, Quikly).status, 201);
        QCOMPARE(status(Email, "external_id", "user_0001"), QStringLiteral("Subscribed"));
        QCOMPARE(status(Sms, "external_id", "user_0001"), QStringLiteral("Unsubscribed"));
    }
    void v2RejectsSingularNamesAndNonE164()
    {
        auto r = m_client->post(QStringLiteral("/v2/subscription/status/set"),
                                {{"subscription_groups", QJsonArray{QJsonObject{{"subscription_group_id", Sms}, {"subscription_state", "subscribed"},
                                                                                {"phone", QJsonArray{"+13135551212"}}}}}}, Quikly);
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().contains(QStringLiteral("'phones'")));
        r = m_client->post(QStringLiteral("/v2/subscription/status/set"),
                           {{"subscription_groups", QJsonArray{QJsonObject{{"subscription_group_id", Sms}, {"subscription_state", "subscribed"},
                                                                           {"phones", QJsonArray{"0151 1234567"}}}}}}, Quikly);
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().contains(QStringLiteral("E.164")));
    }
    void statusGetValidation()
    {
        auto r = m_client->get(QStringLiteral("/subscription/status/get"), {{"phone", "+13135551212"}}, Quikly);
        QCOMPARE(r.status, 400);
        r = m_client->get(QStringLiteral("/subscription/status/get"), {{"subscription_group_id", Sms}}, Quikly);
        QCOMPARE(r.status, 400);
        r = m_client->get(QStringLiteral("/subscription/status/get"),
                          {{"subscription_group_id", Sms}, {"email", "a@b.de"}, {"phone", "+13135551212"}}, Quikly);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), QStringLiteral("Either an email address or a phone number should be provided, but not both."));
    }
    void userStatusNeedsGroupsPermission()
    {
        auto r = m_client->get(QStringLiteral("/subscription/user/status"), {{"external_id", "user_0001"}}, Quikly);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json.value("missing_permission").toString(), QStringLiteral("subscription.groups.get"));
        setV1({{"subscription_group_id", Email}, {"subscription_state", "subscribed"}, {"external_id", "user_0002"}});
        r = m_client->get(QStringLiteral("/subscription/user/status"), {{"external_id[]", "user_0002"}}, All);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("total_count").toInt(), 1);
        const QJsonObject user = r.json.value("users").toArray().first().toObject();
        QCOMPARE(user.value("external_id").toString(), QStringLiteral("user_0002"));
        bool found = false;
        for (const auto &g : user.value("subscription_groups").toArray()) {
            if (g.toObject().value("id").toString() == Email) {
                found = true;
                QCOMPARE(g.toObject().value("status").toString(), QStringLiteral("Subscribed"));
                QCOMPARE(g.toObject().value("channel").toString(), QStringLiteral("email"));
            }
        }
        QVERIFY(found);
        // Users sharing an address come back separately.
        r = m_client->get(QStringLiteral("/subscription/user/status"), {{"email", DemoSeed::SharedEmail}}, All);
        QCOMPARE(r.json.value("total_count").toInt(), 3);
    }
    void trackSubscriptionGroupsReachSharedEmail()
    {
        const QJsonObject body{{"attributes", QJsonArray{QJsonObject{{"external_id", "user_0011"},
            {"subscription_groups", QJsonArray{QJsonObject{{"subscription_group_id", Email}, {"subscription_state", "unsubscribed"}}}}}}}};
        QCOMPARE(track(body), 201);
        const auto r = m_client->get(QStringLiteral("/subscription/user/status"), {{"email", DemoSeed::SharedEmail}}, All);
        for (const auto &u : r.json.value("users").toArray()) {
            const QJsonArray groups = u.toObject().value("subscription_groups").toArray();
            QVERIFY(std::any_of(groups.begin(), groups.end(), [](const QJsonValue &g) {
                return g.toObject().value("id").toString() == Email && g.toObject().value("status").toString() == QLatin1String("Unsubscribed");
            }));
        }
    }

    // The delays are long enough that a busy machine cannot make the "still pending" checks late.
    void doubleOptInEventTurnsSubscribedAfterDelay()
    {
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/config"),
                                   {{"double_opt_in_event", "quikly_sms_opt_in"}, {"double_opt_in_delay_ms", 1000}}).status, 200);
        QCOMPARE(track({{"attributes", QJsonArray{QJsonObject{{"external_id", "doi_1"}, {"phone", "+4915112345678"}}}},
                        {"events", QJsonArray{QJsonObject{{"external_id", "doi_1"}, {"name", "quikly_sms_opt_in"},
                                                          {"time", "2025-03-01T12:00:00Z"}}}}}), 201);
        QElapsedTimer timer;
        timer.start();
        // Pending: the state the user had before (none yet).
        QCOMPARE(status(Sms, "phone", "+4915112345678"), QStringLiteral("Unknown"));
        QTRY_COMPARE_WITH_TIMEOUT(status(Sms, "phone", "+4915112345678"), QStringLiteral("Subscribed"), 5000);
        QVERIFY2(timer.elapsed() >= 900, "the opt-in must not complete before the configured delay");
    }
    void doubleOptInLogicFlag()
    {
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"double_opt_in_delay_ms", 1000}});
        QCOMPARE(track({{"attributes", QJsonArray{QJsonObject{{"external_id", "doi_2"}, {"phone", "+4915100000002"}}}}}), 201);
        QCOMPARE(setV1({{"subscription_group_id", Sms}, {"subscription_state", "subscribed"}, {"phone", "+4915100000002"},
                        {"use_double_opt_in_logic", true}}).status, 201);
        QCOMPARE(status(Sms, "phone", "+4915100000002"), QStringLiteral("Unknown"));
        QTRY_COMPARE_WITH_TIMEOUT(status(Sms, "phone", "+4915100000002"), QStringLiteral("Subscribed"), 5000);
    }

    void tooEarlySubscriptionIsLostByExternalIdButKeptForPhone()
    {
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"profile_ready_delay_ms", 1000}}).status, 200);
        QCOMPARE(track({{"attributes", QJsonArray{QJsonObject{{"external_id", "early_1"}, {"phone", "+4915100000001"}}}}}), 201);
        QCOMPARE(track({{"attributes", QJsonArray{QJsonObject{{"external_id", "early_2"}, {"phone", "+4915100000003"}}}}}), 201);
        // The profile is not visible yet.
        auto r = m_client->post(QStringLiteral("/users/export/ids"), {{"external_ids", QJsonArray{"early_1"}}}, Quikly);
        QCOMPARE(r.json.value("users").toArray().size(), 0);
        // Both calls "succeed", as at Braze.
        QCOMPARE(setV1({{"subscription_group_id", Sms}, {"subscription_state", "subscribed"}, {"external_id", "early_1"}}).status, 201);
        QCOMPARE(setV1({{"subscription_group_id", Sms}, {"subscription_state", "subscribed"}, {"phone", "+4915100000003"}}).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->post(QStringLiteral("/users/export/ids"), {{"external_ids", QJsonArray{"early_1"}}}, Quikly)
                                      .json.value("users").toArray().size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(status(Sms, "external_id", "early_2"), QStringLiteral("Subscribed"), 5000);
        // The external_id call reached nobody: the change is lost.
        QCOMPARE(status(Sms, "external_id", "early_1"), QStringLiteral("Unknown"));
        // Waiting and retrying works.
        QCOMPARE(setV1({{"subscription_group_id", Sms}, {"subscription_state", "subscribed"}, {"external_id", "early_1"}}).status, 201);
        QCOMPARE(status(Sms, "external_id", "early_1"), QStringLiteral("Subscribed"));
    }
};

QTEST_MAIN(TestSandboxSubscriptions)
#include "tst_sandbox_subscriptions.moc"
