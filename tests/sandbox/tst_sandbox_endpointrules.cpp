// Contract test of the rules every endpoint of braze-api-more.md §2-§8 shares: the permission
// it needs (403 "Access Denied" without it), its rate-limit bucket (the X-RateLimit-Limit a
// fresh window announces, 429 with the three headers once it is used up) and 404 for a wrong
// method. Transactional e-mail has no limit: never 429, no rate-limit headers.
#include "sandbox/apikeytable.h"
#include "sandbox/demoseed.h"
#include "sandboxtestclient.h"

#include <QtTest>

using namespace Sandbox;

namespace {
const QByteArray All = ApiKeyTable::AllPermissionsKey;
const QByteArray UsersTrackOnly = ApiKeyTable::OutgrowKey;
}

class TestSandboxEndpointRules : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;

    SandboxTestClient::Reply call(const QByteArray &method, const QString &path, const QByteArray &key)
    {
        const QByteArray body = method == "GET" || method == "DELETE" ? QByteArray() : QByteArrayLiteral("{}");
        return m_client->send(method, m_client->url(path), body, key);
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

    void permissionAndRateLimit_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<int>("limit");        // requests per window at rate scale 1; 0 = none
        const int shared = 250000, identity = 20000, migration = 1000, catalogs = 50;
        const QString item = QStringLiteral("/catalogs/spring_products/items/product_001");
        const struct { const char *method; QString path; const char *permission; int limit; } rows[] = {
            {"POST", QStringLiteral("/canvas/trigger/send"), "canvas.trigger.send", shared},
            {"POST", QStringLiteral("/canvas/trigger/schedule/create"), "canvas.trigger.schedule.create", shared},
            {"POST", QStringLiteral("/canvas/trigger/schedule/update"), "canvas.trigger.schedule.update", shared},
            {"POST", QStringLiteral("/canvas/trigger/schedule/delete"), "canvas.trigger.schedule.delete", shared},
            {"POST", QStringLiteral("/campaigns/trigger/schedule/create"), "campaigns.trigger.schedule.create", shared},
            {"POST", QStringLiteral("/campaigns/trigger/schedule/update"), "campaigns.trigger.schedule.update", shared},
            {"POST", QStringLiteral("/campaigns/trigger/schedule/delete"), "campaigns.trigger.schedule.delete", shared},
            {"GET", QStringLiteral("/messages/scheduled_broadcasts"), "messages.schedule_broadcasts", shared},
            {"POST", QStringLiteral("/transactional/v1/campaigns/%1/send").arg(QLatin1String(DemoSeed::TransactionalCampaignId)),
             "transactional.send", 0},
            {"GET", QStringLiteral("/campaigns/list"), "campaigns.list", shared},
            {"GET", QStringLiteral("/campaigns/details"), "campaigns.details", shared},
            {"GET", QStringLiteral("/canvas/list"), "canvas.list", shared},
            {"GET", QStringLiteral("/canvas/details"), "canvas.details", shared},
            {"POST", QStringLiteral("/users/merge"), "users.merge", identity},
            {"POST", QStringLiteral("/users/alias/update"), "users.alias.update", identity},
            {"POST", QStringLiteral("/users/external_ids/rename"), "users.external_ids.rename", migration},
            {"POST", QStringLiteral("/users/external_ids/remove"), "users.external_ids.remove", migration},
            {"POST", QStringLiteral("/users/export/segment"), "users.export.segment", shared},
            {"POST", QStringLiteral("/users/export/global_control_group"), "users.export.global_control_group", shared},
            {"GET", QStringLiteral("/email/hard_bounces"), "email.hard_bounces", shared},
            {"GET", QStringLiteral("/email/unsubscribes"), "email.unsubscribe", shared},
            {"POST", QStringLiteral("/email/status"), "email.status", shared},
            {"POST", QStringLiteral("/email/bounce/remove"), "email.bounce.remove", shared},
            {"POST", QStringLiteral("/email/spam/remove"), "email.spam.remove", shared},
            {"POST", QStringLiteral("/email/blocklist"), "email.blacklist", shared},
            {"POST", QStringLiteral("/email/blacklist"), "email.blacklist", shared},
            {"GET", QStringLiteral("/sms/invalid_phone_numbers"), "sms.invalid_phone_numbers", shared},
            {"POST", QStringLiteral("/sms/invalid_phone_numbers/remove"), "sms.invalid_phone_numbers.remove", shared},
            {"GET", QStringLiteral("/content_blocks/list"), "content_blocks.list", shared},
            {"GET", QStringLiteral("/content_blocks/info"), "content_blocks.info", shared},
            {"POST", QStringLiteral("/content_blocks/create"), "content_blocks.create", shared},
            {"POST", QStringLiteral("/content_blocks/update"), "content_blocks.update", shared},
            {"GET", QStringLiteral("/templates/email/list"), "templates.email.list", shared},
            {"GET", QStringLiteral("/templates/email/info"), "templates.email.info", shared},
            {"POST", QStringLiteral("/templates/email/create"), "templates.email.create", shared},
            {"POST", QStringLiteral("/templates/email/update"), "templates.email.update", shared},
            {"GET", QStringLiteral("/catalogs"), "catalogs.get", catalogs},
            {"POST", QStringLiteral("/catalogs"), "catalogs.create", catalogs},
            {"DELETE", QStringLiteral("/catalogs/spring_products"), "catalogs.delete", catalogs},
            {"GET", QStringLiteral("/catalogs/spring_products/items"), "catalogs.get_items", catalogs},
            {"GET", item, "catalogs.get_item", catalogs},
            {"POST", item, "catalogs.create_item", catalogs},
            {"PATCH", item, "catalogs.update_item", catalogs},
            {"PUT", item, "catalogs.replace_item", catalogs},
            {"DELETE", item, "catalogs.delete_item", catalogs},
        };
        for (const auto &r : rows) {
            QTest::addRow("%s %s", r.method, qPrintable(r.path))
                << QByteArray(r.method) << r.path << QString::fromLatin1(r.permission) << r.limit;
        }
    }
    void permissionAndRateLimit()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, permission);
        QFETCH(int, limit);

        const auto denied = call(method, path, UsersTrackOnly);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.message(), QStringLiteral("Access Denied"));
        QCOMPARE(denied.json.value("missing_permission").toString(), permission);

        const auto first = call(method, path, All);
        QVERIFY2(first.status != 404 && first.status != 403, first.body.constData());
        if (limit == 0) {
            QVERIFY(first.header("X-RateLimit-Limit").isEmpty());
        } else {
            // 403 counted nothing; the first allowed call shows the bucket's size.
            QCOMPARE(first.header("X-RateLimit-Limit").toInt(), limit);
        }

        // A scale that leaves one request per window: the next call is refused (or not, without a limit).
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/reset")).status, 200);
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"rate_scale", 1.0 / qMax(1, limit)}}).status, 200);
        call(method, path, All);
        const auto second = call(method, path, All);
        m_client->control("POST", QStringLiteral("/_sandbox/config"), {{"rate_scale", 1.0}});
        if (limit == 0) {
            QVERIFY(second.status != 429);
        } else {
            QCOMPARE(second.status, 429);
            QCOMPARE(second.message(), QStringLiteral("Rate Limited"));
            QCOMPARE(second.header("X-RateLimit-Limit"), QByteArray("1"));
            QCOMPARE(second.header("X-RateLimit-Remaining"), QByteArray("0"));
            QVERIFY(second.header("X-RateLimit-Reset").toLongLong() > QDateTime::currentSecsSinceEpoch() - 1);
        }

        // Braze routes by method too: a method the path does not have is "Not Found".
        const auto wrong = call("OPTIONS", path, All);
        QCOMPARE(wrong.status, 404);
    }

    void unknownPathIsNotFound()
    {
        // braze-api-more.md §9: there is no subscription group list.
        const auto r = m_client->get(QStringLiteral("/subscription/groups/list"), {}, All);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), QStringLiteral("Not Found"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxEndpointRules)
#include "tst_sandbox_endpointrules.moc"
