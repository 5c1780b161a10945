#include "pendingcall.h"
#include "workflowfixture.h"

#include "braze/validation/isotime.h"
#include "integrations/integrationtext.h"
#include "integrations/partnerloader.h"
#include "integrations/stepregistry.h"
#include "integrations/subscriptiongroupcheck.h"
#include "sandbox/demoseed.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Integrations;
using namespace TestSupport;
using namespace Sandbox;
using Status = StepResult::Status;
using Outcome = WorkflowRunner::Verdict::Outcome;

// Quikly's three flows against the sandbox, on both branches each, and the ways they fail:
// a key without the permission, a 429 in the middle, a double opt-in nobody confirms, cancel.
class TestQuiklyWorkflows : public QObject
{
    Q_OBJECT

private:
    static int indexOf(WorkflowRunner *runner, const char *stepId)
    {
        for (int i = 0; i < runner->stepCount(); ++i) {
            if (runner->stepSpec(i).id == QLatin1String(stepId))
                return i;
        }
        return -1;
    }
    static const StepResult &step(WorkflowRunner *runner, const char *stepId) { return runner->stepResult(indexOf(runner, stepId)); }

    static void subscribe(WorkflowFixture &f, const QString &phone)
    {
        Braze::SubscriptionChange change{QString::fromLatin1(DemoSeed::SmsGroupId), Braze::SubscriptionState::Subscribed,
                                         {Braze::UserIdentifier::phone(phone)}, false};
        Braze::TrackRequest track{{{Braze::UserIdentifier::externalId(QStringLiteral("sms_fan")), {{QStringLiteral("phone"), phone}}, std::nullopt}}, {}, {}};
        Braze::BrazeClient *admin = f.client(ApiKeyTable::AllPermissionsKey);
        QVERIFY(resultOf(admin->track(track)).succeeded());
        QVERIFY(resultOf(admin->setSubscription(change)).succeeded());
    }

private slots:
    void newAddressGetsAnAliasOnlyProfile()
    {
        WorkflowFixture f;
        QVERIFY(f.started());
        WorkflowRunner *run = f.run(ApiKeyTable::QuiklyKey, QStringLiteral("quikly.email-acquisition"),
                                    {{QStringLiteral("email"), QStringLiteral("brand.new@example.com")},
                                     {QStringLiteral("event_name"), QStringLiteral("quikly_activation_joined")}});
        QCOMPARE(run->verdict().outcome, Outcome::Passed);
        QCOMPARE(step(run, "lookup").outcome, QStringLiteral("missing"));
        QCOMPARE(step(run, "mark").status, Status::Skipped);
        QCOMPARE(step(run, "create").status, Status::Passed);
        QCOMPARE(step(run, "event").status, Status::Passed);
        // The seed's body had "user_alias:" and a broken alias_label; the console sends the real thing.
        const QJsonObject body = QJsonDocument::fromJson(step(run, "create").exchanges.first().requestBody).object();
        const QJsonObject attributes = body.value(QLatin1String("attributes")).toArray().first().toObject();
        QCOMPARE(attributes.value(QLatin1String("_update_existing_only")), QJsonValue(false));
        QCOMPARE(attributes.value(QLatin1String("user_alias")).toObject(),
                 (QJsonObject{{QStringLiteral("alias_name"), QStringLiteral("brand.new@example.com")}, {QStringLiteral("alias_label"), QStringLiteral("email")}}));
        // The lookup used users/export/ids with email_address, and is linked to the request log.
        const StepExchange &lookup = step(run, "lookup").exchanges.first();
        QVERIFY(lookup.requestBody.contains("\"email_address\""));
        QVERIFY(std::any_of(f.log().entries().cbegin(), f.log().entries().cend(), [&](const Braze::RequestLogEntry &e) { return e.callId == lookup.callId; }));

        Braze::ExportIdsRequest check{{Braze::UserIdentifier::alias(QStringLiteral("brand.new@example.com"), QStringLiteral("email"))}, {}, {}};
        const Braze::ApiResult exported = resultOf(f.client(ApiKeyTable::AllPermissionsKey)->exportIds(check));
        QCOMPARE(exported.json.object().value(QLatin1String("users")).toArray().size(), 1);
    }

    void existingAddressCreatesNothing()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::QuiklyKey, QStringLiteral("quikly.email-acquisition"),
                                    {{QStringLiteral("email"), QString::fromLatin1(DemoSeed::SharedEmail)},
                                     {QStringLiteral("participation_attribute"), QStringLiteral("quikly_participant")}});
        QCOMPARE(run->verdict().outcome, Outcome::Passed);
        QCOMPARE(step(run, "lookup").outcome, QStringLiteral("found"));
        QCOMPARE(step(run, "create").status, Status::Skipped);
        QCOMPARE(step(run, "event").status, Status::Skipped);
        QCOMPARE(step(run, "mark").status, Status::Passed);
    }

    void badParameterIsRefusedBeforeAnyCall()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::QuiklyKey, QStringLiteral("quikly.email-acquisition"), {{QStringLiteral("email"), QStringLiteral("not-an-address")}});
        QCOMPARE(run->verdict().outcome, Outcome::NotRun);
        QCOMPARE(f.log().rowCount(), 0);
    }

    void subscribedNumberIsDoneAtOnce()
    {
        WorkflowFixture f;
        subscribe(f, QStringLiteral("+4915199990001"));
        WorkflowRunner *run = f.run(ApiKeyTable::QuiklyKey, QStringLiteral("quikly.sms-subscription"), {{QStringLiteral("phone"), QStringLiteral("+49 151 99990001")}});
        QCOMPARE(run->verdict().outcome, Outcome::Passed);
        QCOMPARE(step(run, "status").outcome, QStringLiteral("subscribed"));
        QCOMPARE(step(run, "done").status, Status::Finished);
        QCOMPARE(step(run, "lookup").status, Status::Skipped);
        QCOMPARE(step(run, "subscribe").status, Status::Skipped);
        QCOMPARE(run->verdict().message, IntegrationText::text(QStringLiteral("quikly.msg.already_subscribed")));
    }

    void newNumberIsCreatedWaitedForAndSubscribed()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::QuiklyKey, QStringLiteral("quikly.sms-subscription"),
                                    {{QStringLiteral("phone"), QStringLiteral("+4915199990002")}, {QStringLiteral("email"), QStringLiteral("sms.fan@example.com")},
                                     {QStringLiteral("wait_seconds"), QStringLiteral("0.3")}},
                                    {}, 15000, [](WorkflowRunner *r) {
                                        QObject::connect(r, &WorkflowRunner::stepProgress, r, [r](int, const QString &text) { r->setProperty("lastProgress", text); });
                                    });
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        QCOMPARE(step(run, "done").outcome, QStringLiteral("not-taken"));
        QCOMPARE(step(run, "lookup").outcome, QStringLiteral("missing"));
        QCOMPARE(step(run, "create").status, Status::Passed);
        QCOMPARE(step(run, "wait").status, Status::Passed);
        QVERIFY(step(run, "wait").durationMs >= 250);
        QVERIFY(run->property("lastProgress").toString().contains(QLatin1String("1 s")));
        QCOMPARE(step(run, "verify").outcome, QStringLiteral("subscribed"));
        // Braze's state in words inside the sentence, as the user's language writes it.
        QCOMPARE(step(run, "verify").summary, QStringLiteral("The subscription state is subscribed."));
        // Correct v1 body: subscription_state, not the seed's subscription_status.
        const QByteArray body = step(run, "subscribe").exchanges.first().requestBody;
        QVERIFY(body.contains("\"subscription_state\":\"subscribed\""));
        QVERIFY(!body.contains("subscription_status"));
    }

    void doubleOptInWaitsForTheConfirmation()
    {
        SandboxHost::Options options;
        options.server.config.doubleOptInDelayMs = 300;
        WorkflowFixture f(options);
        WorkflowRunner *run = f.run(ApiKeyTable::QuiklyKey, QStringLiteral("quikly.sms-double-opt-in"),
                                    {{QStringLiteral("phone"), QStringLiteral("+4915199990003")}, {QStringLiteral("email"), QStringLiteral("optin.fan@example.com")},
                                     {QStringLiteral("wait_seconds"), QStringLiteral("0")}, {QStringLiteral("poll_seconds"), QStringLiteral("0.1")},
                                     {QStringLiteral("timeout_seconds"), QStringLiteral("10")}});
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        QCOMPARE(step(run, "event").status, Status::Passed);
        QCOMPARE(step(run, "poll").outcome, QStringLiteral("subscribed"));
        QVERIFY(step(run, "poll").exchanges.size() >= 2);
    }

    void doubleOptInTimesOutWithAHint()
    {
        SandboxHost::Options options;
        options.server.config.doubleOptInDelayMs = 60000;
        WorkflowFixture f(options);
        WorkflowRunner *run = f.run(ApiKeyTable::QuiklyKey, QStringLiteral("quikly.sms-double-opt-in"),
                                    {{QStringLiteral("phone"), QStringLiteral("+4915199990004")}, {QStringLiteral("email"), QStringLiteral("slow.fan@example.com")},
                                     {QStringLiteral("wait_seconds"), QStringLiteral("0")}, {QStringLiteral("poll_seconds"), QStringLiteral("0.1")},
                                     {QStringLiteral("timeout_seconds"), QStringLiteral("0.5")}});
        QCOMPARE(run->verdict().outcome, Outcome::Failed);
        QCOMPARE(run->verdict().stepIndex, indexOf(run, "poll"));
        QCOMPARE(step(run, "poll").outcome, QStringLiteral("timeout"));
        QCOMPARE(run->verdict().hint, IntegrationText::text(QStringLiteral("quikly.hint.optin_timeout")));
    }

    void keyWithoutThePermissionFailsTheFirstStep()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::OutgrowKey, QStringLiteral("quikly.sms-subscription"), {{QStringLiteral("phone"), QStringLiteral("+4915199990005")}});
        QCOMPARE(run->verdict().outcome, Outcome::Failed);
        QCOMPARE(run->verdict().stepIndex, 0);
        QCOMPARE(step(run, "status").exchanges.first().httpStatus, 403);
        QVERIFY(!run->verdict().hint.isEmpty());
        QCOMPARE(step(run, "lookup").status, Status::Pending);
    }

    void rateLimitInTheMiddleStopsTheRun()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::QuiklyKey, QStringLiteral("quikly.sms-subscription"),
                                    {{QStringLiteral("phone"), QStringLiteral("+4915199990006")}, {QStringLiteral("wait_seconds"), QStringLiteral("0")}},
                                    {}, 15000, [&f](WorkflowRunner *r) {
                                        QObject::connect(r, &WorkflowRunner::stepStarted, r, [&f, r](int index) {
                                            if (r->stepSpec(index).id == QLatin1String("lookup"))
                                                f.control("POST", QStringLiteral("/_sandbox/faults"), {{QStringLiteral("rate_limit_rate"), 1.0}});
                                        });
                                    });
        QCOMPARE(run->verdict().outcome, Outcome::Failed);
        QCOMPARE(run->verdict().stepIndex, indexOf(run, "lookup"));
        QCOMPARE(step(run, "status").status, Status::Passed);
        QCOMPARE(step(run, "lookup").exchanges.first().httpStatus, 429);
        QCOMPARE(step(run, "create").status, Status::Pending);
    }

    void cancellingTheWaitStopsAtOnce()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::QuiklyKey, QStringLiteral("quikly.sms-subscription"),
                                    {{QStringLiteral("phone"), QStringLiteral("+4915199990007")}, {QStringLiteral("email"), QStringLiteral("cancel.fan@example.com")},
                                     {QStringLiteral("wait_seconds"), QStringLiteral("120")}},
                                    {}, 5000, [](WorkflowRunner *r) {
                                        QObject::connect(r, &WorkflowRunner::stepStarted, r, [r](int index) {
                                            if (r->stepSpec(index).type == QLatin1String("wait"))
                                                QMetaObject::invokeMethod(r, &WorkflowRunner::cancel, Qt::QueuedConnection);
                                        });
                                    });
        QCOMPARE(run->verdict().outcome, Outcome::Cancelled);
        QCOMPARE(step(run, "wait").status, Status::Cancelled);
        QVERIFY(run->verdict().durationMs < 5000);
    }

    void subscriptionGroupIsCheckedInTheWorkspace_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("verdict");
        QTest::newRow("the SMS group") << ApiKeyTable::QuiklyKey << DemoSeed::SmsGroupId << int(Config::FieldCheck::Verdict::Fine);
        QTest::newRow("unknown") << ApiKeyTable::QuiklyKey << "no-such-group" << int(Config::FieldCheck::Verdict::Wrong);
        QTest::newRow("the e-mail group") << ApiKeyTable::QuiklyKey << DemoSeed::EmailGroupId << int(Config::FieldCheck::Verdict::Wrong);
        QTest::newRow("key may not read") << ApiKeyTable::OutgrowKey << DemoSeed::SmsGroupId << int(Config::FieldCheck::Verdict::NeedsConfirmation);
    }

    void subscriptionGroupIsCheckedInTheWorkspace()
    {
        QFETCH(QString, key);
        QFETCH(QString, group);
        QFETCH(int, verdict);
        WorkflowFixture f;
        SubscriptionGroupCheck check;
        QSignalSpy checked(&check, &SubscriptionGroupCheck::checked);
        check.start(f.client(qPrintable(key)), group, QStringLiteral("sms"));
        QVERIFY(checked.wait(5000));
        const Config::FieldCheck result = checked.first().first().value<Config::FieldCheck>();
        QCOMPARE(int(result.verdict), verdict);
    }

    void webhookStepAsksForTheBuilder()
    {
        const auto partners = PartnerLoader(StepRegistry::standard()).loadEmbedded();
        RunEnvironment environment;
        QStringList shown;
        environment.navigate = [&shown](const QString &page, const QString &argument) { shown << page << argument; };
        WorkflowRunner runner(partners.first(), *partners.first().workflow(QStringLiteral("quikly.webhook-preset")), environment, StepRegistry::standard());
        QSignalSpy finished(&runner, &WorkflowRunner::finished);
        QVERIFY(runner.start());
        QVERIFY(finished.wait(2000));
        QCOMPARE(shown, (QStringList{QStringLiteral("webhooks"), QStringLiteral("preset:quikly")}));
    }
};

QTEST_GUILESS_MAIN(TestQuiklyWorkflows)
#include "tst_quiklyworkflows.moc"
