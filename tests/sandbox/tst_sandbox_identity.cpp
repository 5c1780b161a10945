// Contract tests: /users/alias/new, /users/identify and /users/delete.
#include "sandbox/apikeytable.h"
#include "sandbox/demoseed.h"
#include "sandbox/sandboxhost.h"
#include "sandboxtestclient.h"

#include <QtTest>

using namespace Sandbox;

namespace {
const QByteArray All = ApiKeyTable::AllPermissionsKey;
QJsonObject alias(const QString &name, const QString &label = QStringLiteral("email"))
{
    return {{"alias_name", name}, {"alias_label", label}};
}
}

class TestSandboxIdentity : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;

    QJsonArray exportUsers(const QJsonObject &body)
    {
        return m_client->post(QStringLiteral("/users/export/ids"), body, All).json.value("users").toArray();
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

    void aliasNewCreatesAliasOnlyUserOrAddsToExisting()
    {
        auto r = m_client->post(QStringLiteral("/users/alias/new"),
                                {{"user_aliases", QJsonArray{alias("lead@example.com"),
                                                             QJsonObject{{"external_id", "user_0001"}, {"alias_name", "crm-1"}, {"alias_label", "crm"}},
                                                             QJsonObject{{"external_id", "nobody"}, {"alias_name", "crm-2"}, {"alias_label", "crm"}}}}},
                                All);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value("aliases_processed").toInt(), 3);
        QCOMPARE(exportUsers({{"user_aliases", QJsonArray{alias("lead@example.com")}}}).size(), 1);
        const QJsonObject user = exportUsers({{"external_ids", QJsonArray{"user_0001"}}}).first().toObject();
        QVERIFY(user.value("user_aliases").toArray().contains(alias("crm-1", "crm")));
        // The alias for an unknown external_id went to nobody.
        QCOMPARE(exportUsers({{"user_aliases", QJsonArray{alias("crm-2", "crm")}}}).size(), 0);
    }
    void aliasNewValidation()
    {
        QCOMPARE(m_client->post(QStringLiteral("/users/alias/new"), {{"user_aliases", QJsonArray{QJsonObject{{"alias_name", "x"}}}}}, All).status, 400);
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(alias(QStringLiteral("a%1").arg(i)));
        QCOMPARE(m_client->post(QStringLiteral("/users/alias/new"), {{"user_aliases", many}}, All).status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/users/alias/new"), {{"user_aliases", QJsonArray{alias("x")}}}, ApiKeyTable::QuiklyKey).status, 403);
    }
    void identifyAttachesExternalId()
    {
        m_client->post(QStringLiteral("/users/alias/new"), {{"user_aliases", QJsonArray{alias("anon@example.com")}}}, All);
        const auto r = m_client->post(QStringLiteral("/users/identify"),
                                      {{"aliases_to_identify", QJsonArray{QJsonObject{{"external_id", "identified_1"}, {"user_alias", alias("anon@example.com")}}}}},
                                      All);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value("aliases_processed").toInt(), 1);
        const QJsonArray users = exportUsers({{"external_ids", QJsonArray{"identified_1"}}});
        QCOMPARE(users.size(), 1);
        QVERIFY(users.first().toObject().value("user_aliases").toArray().contains(alias("anon@example.com")));
    }
    void identifyMergesIntoExistingUser()
    {
        m_client->post(QStringLiteral("/users/track"),
                       {{"attributes", QJsonArray{QJsonObject{{"_update_existing_only", false}, {"user_alias", alias("merge@example.com", "quikly")},
                                                              {"email", "merge@example.com"}, {"quiz_answer", "blue"}}}}},
                       All);
        const auto r = m_client->post(QStringLiteral("/users/identify"),
                                      {{"aliases_to_identify", QJsonArray{QJsonObject{{"external_id", "user_0002"}, {"user_alias", alias("merge@example.com", "quikly")}}}}},
                                      All);
        QCOMPARE(r.status, 201);
        const QJsonObject user = exportUsers({{"external_ids", QJsonArray{"user_0002"}}}).first().toObject();
        QCOMPARE(user.value("custom_attributes").toObject().value("quiz_answer").toString(), QStringLiteral("blue"));
        // The alias-only profile is gone; the alias now belongs to the identified user.
        const QJsonArray byAlias = exportUsers({{"user_aliases", QJsonArray{alias("merge@example.com", "quikly")}}});
        QCOMPARE(byAlias.size(), 1);
        QCOMPARE(byAlias.first().toObject().value("external_id").toString(), QStringLiteral("user_0002"));
    }
    void identifyCaseSensitiveAliasDoesNothingButSucceeds()
    {
        m_client->post(QStringLiteral("/users/alias/new"), {{"user_aliases", QJsonArray{alias("Case@Example.com")}}}, All);
        const auto r = m_client->post(QStringLiteral("/users/identify"),
                                      {{"aliases_to_identify", QJsonArray{QJsonObject{{"external_id", "case_1"}, {"user_alias", alias("case@example.com")}}}}},
                                      All);
        QCOMPARE(r.status, 201);
        QCOMPARE(exportUsers({{"external_ids", QJsonArray{"case_1"}}}).size(), 0);
    }
    void identifyByEmailNeedsPrioritization()
    {
        auto r = m_client->post(QStringLiteral("/users/identify"),
                                {{"emails_to_identify", QJsonArray{QJsonObject{{"external_id", "e_1"}, {"email", "x@y.de"}}}}}, All);
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().contains(QStringLiteral("prioritization")));
        r = m_client->post(QStringLiteral("/users/identify"),
                           {{"emails_to_identify", QJsonArray{QJsonObject{{"external_id", "e_1"}, {"email", DemoSeed::SharedEmail},
                                                                          {"prioritization", QJsonArray{"identified", "unidentified"}}}}}}, All);
        QCOMPARE(r.status, 400);
        // The one unidentified profile behind the shared address gets the id.
        r = m_client->post(QStringLiteral("/users/identify"),
                           {{"emails_to_identify", QJsonArray{QJsonObject{{"external_id", "family_3"}, {"email", DemoSeed::SharedEmail},
                                                                          {"prioritization", QJsonArray{"unidentified", "most_recently_updated"}}}}}}, All);
        QCOMPARE(r.status, 201);
        QCOMPARE(exportUsers({{"external_ids", QJsonArray{"family_3"}}}).size(), 1);
    }
    void deleteRemovesUsers()
    {
        auto r = m_client->post(QStringLiteral("/users/delete"), {{"external_ids", QJsonArray{"user_0001", "user_0002", "nobody"}}}, All);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value("deleted").toInt(), 2);
        r = m_client->post(QStringLiteral("/users/export/ids"), {{"external_ids", QJsonArray{"user_0001"}}}, All);
        QCOMPARE(r.json.value("users").toArray().size(), 0);
        QCOMPARE(r.json.value("invalid_user_ids").toArray(), QJsonArray{"user_0001"});
        QCOMPARE(m_client->post(QStringLiteral("/users/delete"), {}, All).status, 400);
        QCOMPARE(m_client->post(QStringLiteral("/users/delete"), {{"external_ids", "user_0003"}}, All).status, 400);
    }
};

QTEST_MAIN(TestSandboxIdentity)
#include "tst_sandbox_identity.moc"
