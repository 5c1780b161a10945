// Every action of the test-user page against the demo sandbox: the request is sent, the
// profile is read again and the diff shows what changed.
#include "sandboxfixture.h"

#include "sandbox/demoseed.h"
#include "users/actionrunner.h"
#include "users/profileloader.h"

#include <QSignalSpy>
#include <QTest>

using namespace Users;
using namespace Sandbox;

namespace {

struct RunOutcome
{
    bool sent = false;
    Braze::ApiError error;
    UserProfile after;
    ProfileDiff diff;
    bool gone = false;
    int refetches = 0;
};

} // namespace

class TestUserActions : public QObject
{
    Q_OBJECT

private:
    UserProfile load(const Braze::UserIdentifier &user)
    {
        ProfileLoader loader;
        loader.setClient(m_sandbox.client());
        UserProfile profile;
        bool done = false;
        connect(&loader, &ProfileLoader::profileLoaded, this, [&](const UserProfile &p) { profile = p; done = true; });
        connect(&loader, &ProfileLoader::notFound, this, [&] { done = true; });
        connect(&loader, &ProfileLoader::failed, this, [&] { done = true; });
        loader.lookUp(user);
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qWarning("no answer to the lookup within 5 s");
        return profile;
    }

    RunOutcome run(const UserAction &action, const UserProfile &before, const QList<int> &delays = {20, 40})
    {
        ActionRunner runner;
        runner.setClient(m_sandbox.client());
        runner.setRefetchDelays(delays);
        RunOutcome o;
        bool done = false;
        connect(&runner, &ActionRunner::actionSent, this, [&] { o.sent = true; });
        connect(&runner, &ActionRunner::actionFailed, this, [&](const Braze::ApiError &e) { o.error = e; done = true; });
        connect(&runner, &ActionRunner::refetching, this, [&](int attempt) { o.refetches = attempt; });
        connect(&runner, &ActionRunner::profileRefreshed, this, [&](const UserProfile &p, const ProfileDiff &d) {
            o.after = p;
            o.diff = d;
            done = true;
        });
        connect(&runner, &ActionRunner::profileGone, this, [&] { o.gone = true; done = true; });
        connect(&runner, &ActionRunner::refetchFailed, this, [&](const Braze::ApiError &e) { o.error = e; done = true; });
        runner.run(action, before);
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            o.error.message = QStringLiteral("no outcome within 5 s");
        return o;
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.started()); }
    void init() { QVERIFY(m_sandbox.control("POST", QStringLiteral("/_sandbox/reset"), {{QStringLiteral("seed"), QStringLiteral("demo")}})); }

    void typedAttributesAreSetAndHighlighted()
    {
        const auto user = Braze::UserIdentifier::externalId("user_0002");
        const UserProfile before = load(user);
        QVERIFY(!before.isNull());
        const QJsonObject attributes{{"plan", "gold"}, {"visits", 42}, {"vip", true},
                                     {"renewal", "2026-01-31T00:00:00Z"}, {"colours", QJsonArray{"red", "green"}}};
        const RunOutcome o = run(UserAction::setAttributes(user, attributes), before);
        QVERIFY2(o.sent, qPrintable(o.error.fullText()));
        QCOMPARE(o.after.customAttributes.value("plan").toString(), QStringLiteral("gold"));
        QCOMPARE(o.after.customAttributes.value("visits").toInteger(), 42);
        QCOMPARE(o.after.customAttributes.value("vip").toBool(), true);
        QCOMPARE(o.after.customAttributes.value("colours").toArray().size(), 2);
        QVERIFY(o.after.customAttributes.contains("renewal"));
        for (const char *name : {"plan", "visits", "vip", "renewal", "colours"}) {
            const ProfileChange *change = o.diff.find(QStringLiteral("custom_attributes.") + QLatin1String(name));
            QVERIFY2(change, name);
            QCOMPARE(change->kind, ProfileChange::Kind::Added);
        }
        QCOMPARE(o.diff.changes().size(), 5);
    }

    void standardAttributeIsChangedAndCleared()
    {
        const auto user = Braze::UserIdentifier::externalId("user_0003");
        const UserProfile before = load(user);
        QVERIFY(before.standardAttributes.contains("home_city"));
        const RunOutcome o = run(UserAction::setAttributes(user, {{"first_name", "Zoë"}, {"home_city", QJsonValue::Null}}), before);
        QVERIFY2(o.sent, qPrintable(o.error.fullText()));
        QCOMPARE(o.diff.find("first_name")->kind, ProfileChange::Kind::Changed);
        QCOMPARE(o.diff.find("first_name")->after.toString(), QStringLiteral("Zoë"));
        QCOMPARE(o.diff.find("home_city")->kind, ProfileChange::Kind::Removed);
    }

    void customEventIsLoggedWithProperties()
    {
        const auto user = Braze::UserIdentifier::externalId("user_0004");
        const UserProfile before = load(user);
        const RunOutcome o = run(UserAction::logEvent(user, "console_test_event", {{"q_scope", "spring"}, {"points", 5}},
                                                      QDateTime::currentDateTimeUtc()), before);
        QVERIFY2(o.sent, qPrintable(o.error.fullText()));
        const ProfileChange *event = o.diff.find("custom_events.console_test_event");
        QVERIFY(event);
        QCOMPARE(event->kind, ProfileChange::Kind::Added);
        QCOMPARE(event->after.toObject().value("count").toInt(), 1);
    }

    void subscriptionGroupStateIsSet()
    {
        const auto user = Braze::UserIdentifier::externalId("user_0005");
        const UserProfile before = load(user);
        QVERIFY(before.subscriptionsKnown); // the sandbox answers /subscription/user/status
        const RunOutcome o = run(UserAction::setSubscription(before, DemoSeed::EmailGroupId, Braze::SubscriptionState::Unsubscribed), before);
        QVERIFY2(o.sent, qPrintable(o.error.fullText()));
        const ProfileChange *group = o.diff.find(QStringLiteral("subscription_groups.") + QLatin1String(DemoSeed::EmailGroupId));
        QVERIFY(group);
        QCOMPARE(group->after.toObject().value("status").toString(), QStringLiteral("Unsubscribed"));
    }

    void aliasIsAdded()
    {
        const auto user = Braze::UserIdentifier::externalId("user_0006");
        const UserProfile before = load(user);
        const RunOutcome o = run(UserAction::addAlias(before, "crm-0006", "crm"), before);
        QVERIFY2(o.sent, qPrintable(o.error.fullText()));
        QVERIFY(o.after.aliases.contains(Braze::UserIdentifier::alias("crm-0006", "crm")));
        QVERIFY(o.diff.find("user_aliases.crm"));
    }

    void aliasOnlyProfileIsCreatedThenIdentified()
    {
        const RunOutcome created = run(UserAction::createAliasOnly("walkin@example.org", "email"), UserProfile());
        QVERIFY2(created.sent, qPrintable(created.error.fullText()));
        QVERIFY(created.after.isUnidentified());
        QVERIFY(created.diff.find("braze_id"));

        const RunOutcome identified = run(UserAction::identify(created.after, "walkin_1"), created.after);
        QVERIFY2(identified.sent, qPrintable(identified.error.fullText()));
        QCOMPARE(identified.after.externalId, QStringLiteral("walkin_1"));
        QCOMPARE(identified.diff.find("external_id")->kind, ProfileChange::Kind::Added);
    }

    void userIsDeleted()
    {
        const auto user = Braze::UserIdentifier::externalId("user_0007");
        const UserProfile before = load(user);
        const RunOutcome o = run(UserAction::deleteUser(before), before);
        QVERIFY2(o.sent, qPrintable(o.error.fullText()));
        QVERIFY(o.gone);
        QVERIFY(load(user).isNull());
    }

    // Real Braze applies writes with a delay; the refetch reads again instead of showing an
    // unchanged profile. The sandbox imitates the delay for new profiles.
    void refetchWaitsForALaggingProfile()
    {
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/_sandbox/config"), {{QStringLiteral("profile_ready_delay_ms"), 150}}));
        const RunOutcome o = run(UserAction::createAliasOnly("late@example.org", "email"), UserProfile(), {50, 100, 200, 400, 800});
        QVERIFY2(o.sent, qPrintable(o.error.fullText()));
        QVERIFY(!o.gone);
        QVERIFY(o.refetches > 1);
        QCOMPARE(o.after.aliases.value(0), Braze::UserIdentifier::alias("late@example.org", "email"));
    }

    void refusedWriteIsReported()
    {
        TestSupport::SandboxFixture outgrow;
        QVERIFY(outgrow.started());
        ActionRunner runner;
        runner.setClient(outgrow.client(ApiKeyTable::OutgrowKey));
        QSignalSpy failed(&runner, &ActionRunner::actionFailed);
        runner.run(UserAction::deleteUser(UserProfile::fromExport({{"external_id", "user_0001"}})), UserProfile());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<Braze::ApiError>().kind, Braze::ApiError::Kind::Forbidden);
    }

private:
    TestSupport::SandboxFixture m_sandbox;
};

QTEST_GUILESS_MAIN(TestUserActions)
#include "tst_useractions.moc"
