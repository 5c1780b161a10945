// Looking test users up in the demo sandbox by each kind of identifier, the several-matches
// case (an e-mail address three profiles share) and the not-found case.
#include "sandboxfixture.h"

#include "sandbox/demoseed.h"
#include "users/profileloader.h"

#include <QJsonDocument>
#include <QTest>

using namespace Users;
using namespace Sandbox;

// Declared before the first QTest::addColumn<Braze::UserIdentifier> (a Release build refuses it after).
Q_DECLARE_METATYPE(Braze::UserIdentifier)

namespace {

struct LookupOutcome
{
    QList<UserProfile> profiles; // one: loaded; several: matches
    bool notFound = false;
    Braze::ApiError error;
};

LookupOutcome lookUp(Braze::BrazeClient *client, const Braze::UserIdentifier &user)
{
    ProfileLoader loader;
    loader.setClient(client);
    LookupOutcome outcome;
    bool done = false;
    QObject::connect(&loader, &ProfileLoader::profileLoaded, [&](const UserProfile &p) { outcome.profiles = {p}; done = true; });
    QObject::connect(&loader, &ProfileLoader::matchesFound, [&](const QList<UserProfile> &p) { outcome.profiles = p; done = true; });
    QObject::connect(&loader, &ProfileLoader::notFound, [&] { outcome.notFound = true; done = true; });
    QObject::connect(&loader, &ProfileLoader::failed, [&](const Braze::ApiError &e) { outcome.error = e; done = true; });
    loader.lookUp(user);
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        outcome.error.message = QStringLiteral("no answer within 5 s");
    return outcome;
}

} // namespace

class TestUserLookup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_sandbox.started()); }

    void byExternalId()
    {
        const LookupOutcome o = lookUp(m_sandbox.client(), Braze::UserIdentifier::externalId("user_0001"));
        QCOMPARE(o.profiles.size(), 1);
        const UserProfile &p = o.profiles.first();
        QCOMPARE(p.externalId, QStringLiteral("user_0001"));
        QVERIFY(!p.brazeId.isEmpty());
        QVERIFY(!p.standardAttributes.value("first_name").toString().isEmpty());
        QVERIFY(p.customAttributes.contains("loyalty_points"));
        QVERIFY(p.exported.contains("created_at"));
        m_known = p;
    }

    void byBrazeIdEmailAndPhoneFindTheSameProfile()
    {
        QVERIFY(!m_known.isNull());
        for (const auto &user : {Braze::UserIdentifier::brazeId(m_known.brazeId), Braze::UserIdentifier::email(m_known.email)}) {
            const LookupOutcome o = lookUp(m_sandbox.client(), user);
            QCOMPARE(o.profiles.size(), 1);
            QCOMPARE(o.profiles.first().externalId, QStringLiteral("user_0001"));
        }
        // Find a demo profile with a phone number and look it up by that number.
        for (int i = 2; i < 20; ++i) {
            const LookupOutcome o = lookUp(m_sandbox.client(), Braze::UserIdentifier::externalId(QStringLiteral("user_%1").arg(i, 4, 10, QLatin1Char('0'))));
            if (o.profiles.isEmpty() || o.profiles.first().phone.isEmpty())
                continue;
            const LookupOutcome byPhone = lookUp(m_sandbox.client(), Braze::UserIdentifier::phone(o.profiles.first().phone));
            QCOMPARE(byPhone.profiles.size(), 1);
            QCOMPARE(byPhone.profiles.first().externalId, o.profiles.first().externalId);
            return;
        }
        QFAIL("no demo profile with a phone number among user_0002..user_0019");
    }

    void byAliasFindsTheAliasOnlyProfile()
    {
        const LookupOutcome o = lookUp(m_sandbox.client(), Braze::UserIdentifier::alias(DemoSeed::SharedEmail, "email"));
        QCOMPARE(o.profiles.size(), 1);
        QVERIFY(o.profiles.first().isUnidentified());
        QCOMPARE(o.profiles.first().aliases.first().value(), QString::fromLatin1(DemoSeed::SharedEmail));
    }

    void sharedEmailListsEveryProfileToChooseFrom()
    {
        const LookupOutcome o = lookUp(m_sandbox.client(), Braze::UserIdentifier::email(DemoSeed::SharedEmail));
        QCOMPARE(o.profiles.size(), 3);
        int aliasOnly = 0;
        for (const UserProfile &p : o.profiles) {
            QCOMPARE(p.email, QString::fromLatin1(DemoSeed::SharedEmail));
            aliasOnly += p.isUnidentified();
        }
        QCOMPARE(aliasOnly, 1);
        // Choosing one looks it up by an identifier that names exactly that profile.
        const LookupOutcome chosen = lookUp(m_sandbox.client(), o.profiles.at(1).primaryIdentifier());
        QCOMPARE(chosen.profiles.size(), 1);
        QCOMPARE(chosen.profiles.first().brazeId, o.profiles.at(1).brazeId);
    }

    void unknownUserIsNotFound_data()
    {
        QTest::addColumn<Braze::UserIdentifier>("user");
        QTest::newRow("external_id") << Braze::UserIdentifier::externalId("nobody_here");
        QTest::newRow("email") << Braze::UserIdentifier::email("nobody@example.org");
        QTest::newRow("alias") << Braze::UserIdentifier::alias("nobody", "crm");
        QTest::newRow("braze_id") << Braze::UserIdentifier::brazeId("000000000000000000000000");
    }
    void unknownUserIsNotFound()
    {
        QFETCH(Braze::UserIdentifier, user);
        const LookupOutcome o = lookUp(m_sandbox.client(), user);
        QVERIFY2(o.notFound, qPrintable(o.error.fullText()));
        QVERIFY(o.profiles.isEmpty());
    }

    void invalidIdentifierFailsWithoutSending()
    {
        const LookupOutcome o = lookUp(m_sandbox.client(), Braze::UserIdentifier::email("anna@"));
        QCOMPARE(o.error.kind, Braze::ApiError::Kind::Validation);
        QVERIFY(!o.error.issues.isEmpty());
    }

    void missingPermissionIsExplained()
    {
        TestSupport::SandboxFixture outgrow;
        QVERIFY(outgrow.started());
        const LookupOutcome o = lookUp(outgrow.client(ApiKeyTable::OutgrowKey), Braze::UserIdentifier::externalId("user_0001"));
        QCOMPARE(o.error.kind, Braze::ApiError::Kind::Forbidden);
        QVERIFY(!o.error.message.isEmpty());
    }

    void noWorkspaceIsExplained()
    {
        const LookupOutcome o = lookUp(nullptr, Braze::UserIdentifier::externalId("user_0001"));
        QVERIFY(o.error.isError());
        QVERIFY(!o.error.hint.isEmpty());
    }

private:
    TestSupport::SandboxFixture m_sandbox;
    UserProfile m_known;
};

QTEST_GUILESS_MAIN(TestUserLookup)
#include "tst_userlookup.moc"
