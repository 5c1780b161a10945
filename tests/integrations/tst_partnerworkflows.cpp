#include "pendingcall.h"
#include "workflowfixture.h"

#include "integrations/integrationtext.h"
#include "integrations/step.h"
#include "integrations/partnerloader.h"
#include "integrations/stepregistry.h"
#include "sandbox/demoseed.h"

#include <QJsonArray>
#include <QTest>

using namespace Integrations;
using namespace TestSupport;
using namespace Sandbox;
using Status = StepResult::Status;
using Outcome = WorkflowRunner::Verdict::Outcome;

// SmarterSends, ActionIQ and Outgrow workflows against the sandbox, with their failure paths.
class TestPartnerWorkflows : public QObject
{
    Q_OBJECT

private:
    static const StepResult &step(WorkflowRunner *runner, const char *stepId)
    {
        for (int i = 0; i < runner->stepCount(); ++i) {
            if (runner->stepSpec(i).id == QLatin1String(stepId))
                return runner->stepResult(i);
        }
        qFatal("no step %s", stepId);
    }
    static QByteArray requestOf(WorkflowRunner *runner, const char *stepId) { return step(runner, stepId).exchanges.value(0).requestBody; }

private slots:
    // Issue 11: every workflow passes when run after any other workflow of its partner on the
    // same person (the same e-mail address, number and user), as the partner's real process does;
    // e.g. SMS subscription after e-mail acquisition attaches the number to the profile it finds.
    void everyPairOfWorkflowsOnOnePersonPasses_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        WorkflowFixture f;
        for (const Integrations::PartnerDescription &partner : f.partners()) {
            QStringList person;
            for (const Integrations::WorkflowSpec &workflow : partner.workflows) {
                if (!workflow.params.isEmpty())
                    person.append(workflow.id);
            }
            for (const QString &first : person) {
                for (const QString &second : person) {
                    if (first != second)
                        QTest::newRow(qPrintable(first + QStringLiteral(" then ") + second)) << first << second;
                }
            }
        }
    }

    void everyPairOfWorkflowsOnOnePersonPasses()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        SandboxHost::Options options;
        options.server.config.doubleOptInDelayMs = 200;
        WorkflowFixture f(options);
        QVERIFY(f.started());
        const QHash<QString, QString> person{{QStringLiteral("email"), QStringLiteral("same.person@example.com")},
                                             {QStringLiteral("phone"), QStringLiteral("+4915112345678")},
                                             {QStringLiteral("wait_seconds"), QStringLiteral("0")},
                                             {QStringLiteral("poll_seconds"), QStringLiteral("0.1")},
                                             {QStringLiteral("timeout_seconds"), QStringLiteral("10")}};
        for (const QString &workflowId : {first, second}) {
            QHash<QString, QString> params;
            for (const Integrations::ParamSpec &param : f.partner(workflowId.section(QLatin1Char('.'), 0, 0)).workflow(workflowId)->params) {
                if (person.contains(param.name))
                    params.insert(param.name, person.value(param.name));
            }
            Integrations::WorkflowRunner *run = f.run(ApiKeyTable::AllPermissionsKey, workflowId, params, {}, 20000);
            QVERIFY2(run->verdict().outcome == Integrations::WorkflowRunner::Verdict::Outcome::Passed,
                     qPrintable(workflowId + QStringLiteral(": ") + run->verdict().message + QStringLiteral(" / ") + run->verdict().hint));
        }
    }

    void smarterSendsKeyHoldsItsTenPermissions()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::SmarterSendsKey, QStringLiteral("smartersends.verify-permissions"));
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        QCOMPARE(step(run, "permissions").checks.size(), 10);
    }

    void quiklyKeyLacksSmarterSendsPermissions()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::QuiklyKey, QStringLiteral("smartersends.verify-permissions"));
        QCOMPARE(run->verdict().outcome, Outcome::Failed);
        QVERIFY(run->verdict().message.contains(QLatin1String("messages.schedule.create")));
        QVERIFY(!run->verdict().message.contains(QLatin1String("users.track,")));
    }

    void segmentsAreListedAndOneIsDescribed()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::SmarterSendsKey, QStringLiteral("smartersends.segments"),
                                    {{QStringLiteral("segment_id"), QString::fromLatin1(DemoSeed::NewsletterSegmentId)}});
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        QVERIFY(step(run, "list").summary.contains(QLatin1String("Newsletter subscribers")));
        QCOMPARE(step(run, "details").outputs.value(QLatin1String("name")).toString(), QStringLiteral("Newsletter subscribers"));
        QCOMPARE(step(run, "series").outputs.value(QLatin1String("data")).toArray().size(), 14);
    }

    void messageIsScheduledMovedAndCancelled()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::SmarterSendsKey, QStringLiteral("smartersends.schedule-message"),
                                    {{QStringLiteral("external_id"), QStringLiteral("user_0001")},
                                     {QStringLiteral("variation_id"), QString::fromLatin1(DemoSeed::VariationGroupB)}});
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        const QString scheduleId = step(run, "create").outputs.value(QLatin1String("schedule_id")).toString();
        QVERIFY(!scheduleId.isEmpty());
        QVERIFY(requestOf(run, "create").contains(DemoSeed::VariationGroupB));
        QVERIFY(requestOf(run, "update").contains(scheduleId.toUtf8()));
        QVERIFY(requestOf(run, "delete").contains(scheduleId.toUtf8()));
    }

    void unknownVariationFailsWithBrazesReason()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::SmarterSendsKey, QStringLiteral("smartersends.schedule-message"),
                                    {{QStringLiteral("variation_id"), QStringLiteral("no-such-variation")}});
        QCOMPARE(run->verdict().outcome, Outcome::Failed);
        QCOMPARE(step(run, "create").exchanges.first().httpStatus, 400);
        QCOMPARE(step(run, "update").status, Status::Pending);
    }

    void sendIdIsCreatedAndReadBack()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::SmarterSendsKey, QStringLiteral("smartersends.send-id"), {{QStringLiteral("send_id"), QStringLiteral("group_a_spring")}});
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        QCOMPARE(step(run, "create").outputs.value(QLatin1String("send_id")).toString(), QStringLiteral("group_a_spring"));
        QVERIFY(step(run, "series").exchanges.first().pathAndQuery.contains(QLatin1String("send_id=group_a_spring")));
    }

    void audienceMembershipIsSetAndClearedByExternalId()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::ActionIqKey, QStringLiteral("actioniq.audience-sync"),
                                    {{QStringLiteral("user"), QStringLiteral("user_0001")}, {QStringLiteral("audience_id"), QStringLiteral("3003")},
                                     {QStringLiteral("split_id"), QStringLiteral("C")}});
        // The ActionIQ demo key cannot export; the all-permissions key checks the membership.
        QCOMPARE(run->verdict().outcome, Outcome::Failed);
        QCOMPARE(step(run, "name").outputs.value(QLatin1String("name")).toString(), QStringLiteral("AIQ_3003_C"));
        QCOMPARE(step(run, "check_join").exchanges.first().httpStatus, 403);

        run = f.run(ApiKeyTable::AllPermissionsKey, QStringLiteral("actioniq.audience-sync"),
                    {{QStringLiteral("user"), QStringLiteral("user_0001")}, {QStringLiteral("audience_id"), QStringLiteral("3003")}, {QStringLiteral("split_id"), QStringLiteral("C")}});
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        QCOMPARE(step(run, "check_join").checks.first().actual, QStringLiteral("true"));
        QCOMPARE(step(run, "check_leave").checks.first().actual, QStringLiteral("false"));
    }

    void audienceSyncMatchesOnBrazeIdWithAnEditedPattern()
    {
        WorkflowFixture f;
        Braze::ExportIdsRequest lookup{{Braze::UserIdentifier::externalId(QStringLiteral("user_0002"))}, {}, {QStringLiteral("braze_id")}};
        const QString brazeId = resultOf(f.client(ApiKeyTable::AllPermissionsKey)->exportIds(lookup)).json.object().value(QLatin1String("users")).toArray()
                                    .first().toObject().value(QLatin1String("braze_id")).toString();
        QVERIFY(!brazeId.isEmpty());
        WorkflowRunner *run = f.run(ApiKeyTable::AllPermissionsKey, QStringLiteral("actioniq.audience-sync"), {{QStringLiteral("user"), brazeId}},
                                    {{QStringLiteral("match_on"), QStringLiteral("braze_id")}, {QStringLiteral("attribute_pattern"), QStringLiteral("aiq_<Audience ID>_<Split ID>_member")}});
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        QCOMPARE(step(run, "name").outputs.value(QLatin1String("name")).toString(), QStringLiteral("aiq_1001_A_member"));
        QVERIFY(requestOf(run, "join").contains("\"braze_id\""));
    }

    void invalidPatternStopsBeforeAnyCall()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::ActionIqKey, QStringLiteral("actioniq.audience-sync"), {},
                                    {{QStringLiteral("attribute_pattern"), QStringLiteral("$AIQ_<Audience ID>_<Split ID>")}});
        QCOMPARE(run->verdict().outcome, Outcome::Failed);
        QCOMPARE(run->verdict().stepIndex, 0);
        QCOMPARE(f.log().rowCount(), 0);
    }

    void eventIsForwardedWithTimeAndProperties()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::AllPermissionsKey, QStringLiteral("actioniq.event-forward"),
                                    {{QStringLiteral("event_name"), QStringLiteral("aiq_cart_abandoned")}, {QStringLiteral("time"), QStringLiteral("2025-03-01T12:00:00Z")},
                                     {QStringLiteral("properties"), QStringLiteral("{\"cart_value\": 42.5}")}});
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        const QByteArray body = requestOf(run, "event");
        QVERIFY(body.contains("\"time\":\"2025-03-01T12:00:00Z\""));
        QVERIFY(body.contains("\"cart_value\":42.5"));
        QVERIFY(step(run, "check").checks.first().passed);
    }

    void eventWithBadTimeIsRefusedAsAParameter()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::ActionIqKey, QStringLiteral("actioniq.event-forward"), {{QStringLiteral("time"), QStringLiteral("yesterday")}});
        QCOMPARE(run->verdict().outcome, Outcome::NotRun);
    }

    void campaignIsTriggeredForTheTestUser()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::ActionIqKey, QStringLiteral("actioniq.trigger-campaign"));
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        QVERIFY(!step(run, "trigger").outputs.value(QLatin1String("dispatch_id")).toString().isEmpty());
        QJsonDocument sent;
        QVERIFY(f.control("GET", QStringLiteral("/_sandbox/sent"), {}, &sent));
        QVERIFY(sent.toJson().contains(DemoSeed::TriggeredCampaignId));
    }

    // Issue 15: ActionIQ can start an API-triggered Canvas instead of a campaign; the run reads the
    // entry back from the profile (canvases_received), so a second run must enter it again.
    void canvasIsTriggeredAndEntryReadBack()
    {
        WorkflowFixture f;
        const QString canvasId = QString::fromLatin1(DemoSeed::OnboardingCanvasId);
        WorkflowRunner *run = f.run(ApiKeyTable::AllPermissionsKey, QStringLiteral("actioniq.trigger-canvas"),
                                    {{QStringLiteral("context"), QStringLiteral("{\"plan\": \"gold\"}")}});
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        QCOMPARE(step(run, "trigger").exchanges.first().pathAndQuery, QStringLiteral("/canvas/trigger/send"));
        const QJsonObject body = QJsonDocument::fromJson(requestOf(run, "trigger")).object();
        QCOMPARE(body.value(QLatin1String("canvas_id")).toString(), canvasId);
        QCOMPARE(body.value(QLatin1String("context")).toObject().value(QLatin1String("plan")).toString(), QStringLiteral("gold"));
        QCOMPARE(body.value(QLatin1String("recipients")).toArray().first().toObject().value(QLatin1String("external_user_id")).toString(),
                 QStringLiteral("user_0001"));
        QCOMPARE(step(run, "before").outputs.value(QLatin1String("canvas_entered")).toString(), QString());
        const QString entered = step(run, "check").outputs.value(QLatin1String("canvas_entered")).toString();
        QVERIFY(!entered.isEmpty());
        QVERIFY(step(run, "check").checks.last().passed);
        // The sandbox recorded the dispatch with the entry properties.
        QJsonDocument sentNow;
        QVERIFY(f.control("GET", QStringLiteral("/_sandbox/sent"), {}, &sentNow));
        QVERIFY(sentNow.toJson(QJsonDocument::Compact).contains("\"plan\":\"gold\""));

        run = f.run(ApiKeyTable::AllPermissionsKey, QStringLiteral("actioniq.trigger-canvas"));
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        QCOMPARE(step(run, "before").outputs.value(QLatin1String("canvas_entered")).toString(), entered);
        QVERIFY(step(run, "check").outputs.value(QLatin1String("canvas_entered")).toString() != entered);
    }

    void canvasWithoutApiTriggeredEntryFailsWithBrazesReason()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::AllPermissionsKey, QStringLiteral("actioniq.trigger-canvas"),
                                    {{QStringLiteral("canvas_id"), QString::fromLatin1(DemoSeed::SpringCanvasId)}});
        QCOMPARE(run->verdict().outcome, Outcome::Failed);
        QCOMPARE(step(run, "trigger").exchanges.first().httpStatus, 400);
        QVERIFY2(step(run, "trigger").summary.contains(QLatin1String("Invalid Canvas ID")), qPrintable(step(run, "trigger").summary));
        QCOMPARE(step(run, "check").status, Status::Pending);
    }

    void canvasWorkflowStopsAtAMissingPermissionBeforeTriggering()
    {
        WorkflowFixture f;
        // The ActionIQ demo key can neither export nor trigger Canvases: nobody enters the Canvas.
        WorkflowRunner *run = f.run(ApiKeyTable::ActionIqKey, QStringLiteral("actioniq.trigger-canvas"));
        QCOMPARE(run->verdict().outcome, Outcome::Failed);
        QCOMPARE(step(run, "before").exchanges.first().httpStatus, 403);
        QCOMPARE(step(run, "trigger").status, Status::Pending);
        QJsonDocument sentNow;
        QVERIFY(f.control("GET", QStringLiteral("/_sandbox/sent"), {}, &sentNow));
        QVERIFY(!sentNow.toJson().contains(DemoSeed::OnboardingCanvasId));
    }

    void outgrowMappingArrivesAsExpected()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::AllPermissionsKey, QStringLiteral("outgrow.attribute-mapping"),
                                    {{QStringLiteral("response"), QStringLiteral("{\"quiz_score\": \"91\", \"custom_segment\": \"pro\"}")}});
        QVERIFY2(run->verdict().outcome == Outcome::Passed, qPrintable(run->verdict().message));
        const QList<StepCheck> checks = step(run, "compare").checks;
        QCOMPARE(checks.size(), 2);
        QVERIFY(requestOf(run, "submit").contains("\"outgrow_quiz_score\":91"));
        for (const StepCheck &c : checks)
            QVERIFY(c.passed);
    }

    void outgrowKeyCannotExportAndSaysSo()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::OutgrowKey, QStringLiteral("outgrow.attribute-mapping"));
        QCOMPARE(run->verdict().outcome, Outcome::Failed);
        QCOMPARE(step(run, "submit").status, Status::Passed);
        QCOMPARE(run->verdict().hint, IntegrationText::text(QStringLiteral("outgrow.hint.export")));
    }

    void outgrowWrongTypeCarriesTheMappingHint()
    {
        WorkflowFixture f;
        WorkflowRunner *run = f.run(ApiKeyTable::AllPermissionsKey, QStringLiteral("outgrow.attribute-mapping"),
                                    {{QStringLiteral("response"), QStringLiteral("{\"quiz_score\": \"lots\"}")}});
        QCOMPARE(run->verdict().outcome, Outcome::Failed);
        QCOMPARE(run->verdict().stepIndex, 0);
        QCOMPARE(run->verdict().hint, IntegrationText::text(QStringLiteral("outgrow.hint.wrong_mapping")));
    }

    void outgrowMismatchShowsExpectedAgainstActual()
    {
        // A blocklisted or retyped attribute comes back different: the comparison names it.
        RunEnvironment environment;
        const auto partners = PartnerLoader(StepRegistry::standard()).loadEmbedded();
        StepContext context;
        context.args = {{QStringLiteral("expected"), QJsonObject{{QStringLiteral("outgrow_quiz_score"), 87}, {QStringLiteral("outgrow_custom_segment"), QStringLiteral("pro")}}},
                        {QStringLiteral("types"), QJsonObject{{QStringLiteral("outgrow_quiz_score"), QStringLiteral("number")}}},
                        {QStringLiteral("actual"), QJsonObject{{QStringLiteral("outgrow_quiz_score"), QStringLiteral("87")}}},
                        {QStringLiteral("missing_hint"), QStringLiteral("outgrow.hint.not_transferred")},
                        {QStringLiteral("different_hint"), QStringLiteral("outgrow.hint.wrong_mapping")}};
        QObject owner;
        Step *compare = StepRegistry::standard().create(QStringLiteral("compare-attributes"), &owner);
        QSignalSpy finished(compare, &Step::finished);
        compare->start(context);
        QVERIFY(finished.wait(1000));
        const StepResult result = finished.first().first().value<StepResult>();
        QCOMPARE(result.status, Status::Failed);
        QCOMPARE(result.checks.size(), 2);
        QCOMPARE(result.checks.at(1).hint, IntegrationText::text(QStringLiteral("outgrow.hint.wrong_mapping")));
        QCOMPARE(result.checks.at(0).actual, QStringLiteral("(not set)"));
        QCOMPARE(result.checks.at(0).hint, IntegrationText::text(QStringLiteral("outgrow.hint.not_transferred")));
    }
};

QTEST_GUILESS_MAIN(TestPartnerWorkflows)
#include "tst_partnerworkflows.moc"
