#include "braze/permissions/partnerpermissions.h"
#include "integrations/fieldvalidator.h"
#include "integrations/handoffsheet.h"
#include "integrations/integrationtext.h"
#include "integrations/partnerconfigstore.h"
#include "integrations/partnerloader.h"
#include "integrations/placeholders.h"
#include "integrations/readiness.h"
#include "integrations/stepregistry.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Integrations;

// The four descriptions load without errors, say what the seeds say, and the pieces that turn
// them into a page (validation, configuration files, hand-off sheet) behave.
class TestPartnerDescriptions : public QObject
{
    Q_OBJECT

private:
    QList<PartnerDescription> m_partners;
    const PartnerDescription &partner(const QString &id)
    {
        for (const auto &p : m_partners) {
            if (p.id == id)
                return p;
        }
        qFatal("missing partner");
    }

private slots:
    void initTestCase()
    {
        QStringList errors;
        m_partners = PartnerLoader(StepRegistry::standard()).loadEmbedded(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void allFourPartnersInNavigationOrder()
    {
        QStringList ids;
        for (const auto &p : m_partners)
            ids.append(p.id);
        QCOMPARE(ids, PartnerLoader::displayOrder());
    }

    void workflowNamesAreTheIssuesIds()
    {
        QStringList ids;
        for (const auto &p : m_partners) {
            for (const auto &w : p.workflows)
                ids.append(w.id);
        }
        for (const char *id : {"quikly.email-acquisition", "quikly.sms-subscription", "quikly.sms-double-opt-in", "smartersends.schedule-message",
                               "actioniq.audience-sync", "actioniq.event-forward", "actioniq.trigger-campaign", "outgrow.attribute-mapping",
                               "smartersends.verify-permissions", "smartersends.segments", "smartersends.send-id"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

    // The requirements tables list exactly the permissions of braze-api.md §6.1.
    void permissionsMatchTheSeeds()
    {
        const QHash<QString, QString> names{{QStringLiteral("quikly"), QStringLiteral("Quikly")}, {QStringLiteral("smartersends"), QStringLiteral("SmarterSends")},
                                            {QStringLiteral("actioniq"), QStringLiteral("ActionIQ")}, {QStringLiteral("outgrow"), QStringLiteral("Outgrow")}};
        for (const auto &requirement : Braze::partnerRequirements()) {
            QStringList expected = requirement.permissions, actual = partner(names.key(requirement.partner)).permissions();
            expected.sort();
            actual.sort();
            QCOMPARE(actual, expected);
        }
        QCOMPARE(partner(QStringLiteral("smartersends")).permissions().size(), 10);
    }

    void brokenDescriptionsAreRefusedWithTheirPlace()
    {
        PartnerLoader loader(StepRegistry::standard());
        PartnerDescription d;
        QStringList errors;
        QVERIFY(!loader.parse("{\"id\": 1", QStringLiteral("bad.json"), &d, &errors));
        QVERIFY(errors.first().startsWith(QLatin1String("bad.json")));
        errors.clear();
        const QByteArray unknownStep = "{\"id\":\"x\",\"title\":\"quikly.title\",\"summary\":\"quikly.summary\",\"workflows\":[{\"id\":\"x.w\","
                                       "\"title\":\"quikly.wf.email\",\"description\":\"quikly.wf.email\",\"steps\":[{\"id\":\"a\",\"type\":\"teleport\",\"title\":\"nope.text\"}]}]}";
        QVERIFY(!loader.parse(unknownStep, QStringLiteral("x.json"), &d, &errors));
        QVERIFY(errors.join(QLatin1Char(' ')).contains(QLatin1String("teleport")));
        QVERIFY(errors.join(QLatin1Char(' ')).contains(QLatin1String("nope.text")));
    }

    void textIdsResolveToText()
    {
        QVERIFY(IntegrationText::has(QStringLiteral("quikly.step.create_alias")));
        QVERIFY(IntegrationText::text(QStringLiteral("quikly.step.create_alias")).contains(QLatin1String("alias")));
        QCOMPARE(IntegrationText::text(QStringLiteral("no.such.id")), QStringLiteral("no.such.id"));
    }

    void placeholdersKeepTypesAndFallBack()
    {
        const QJsonObject scope{{QStringLiteral("param"), QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.de")}, {QStringLiteral("segment"), QString()}}},
                                {QStringLiteral("config"), QJsonObject{{QStringLiteral("rows"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1001")}}}},
                                                                       {QStringLiteral("match_on"), QStringLiteral("braze_id")}}},
                                {QStringLiteral("steps"), QJsonObject{{QStringLiteral("list"), QJsonObject{{QStringLiteral("first_id"), QStringLiteral("seg-1")}}}}}};
        QCOMPARE(Placeholders::resolve(QJsonValue(QStringLiteral("${config.rows}")), scope).toArray().size(), 1);
        QCOMPARE(Placeholders::resolveText(QStringLiteral("x ${config.rows.0.id} y"), scope), QStringLiteral("x 1001 y"));
        QCOMPARE(Placeholders::resolveText(QStringLiteral("${param.segment|steps.list.first_id}"), scope), QStringLiteral("seg-1"));
        const QJsonObject user = Placeholders::resolve(QJsonObject{{QStringLiteral("${config.match_on}"), QStringLiteral("${param.email}")},
                                                                   {QStringLiteral("${param.missing}"), true}}, scope);
        QCOMPARE(user, (QJsonObject{{QStringLiteral("braze_id"), QStringLiteral("a@b.de")}}));
        const QDateTime now(QDate(2025, 4, 1), QTime(9, 0), Qt::UTC);
        QCOMPARE(Placeholders::resolveText(QStringLiteral("${now+3600}"), scope, now), QStringLiteral("2025-04-01T10:00:00Z"));
    }

    void outgrowMappingFlagsBadNamesAndDuplicates()
    {
        const FieldSpec *mapping = partner(QStringLiteral("outgrow")).field(QStringLiteral("mapping"));
        QVERIFY(mapping);
        QCOMPARE(mapping->exampleRows.first().value(QLatin1String("attribute")).toString(), QStringLiteral("outgrow_quiz_score"));
        const QJsonArray rows{QJsonObject{{QStringLiteral("response_field"), QStringLiteral("score")}, {QStringLiteral("attribute"), QStringLiteral("$score")}, {QStringLiteral("type"), QStringLiteral("number")}},
                              QJsonObject{{QStringLiteral("response_field"), QStringLiteral("seg")}, {QStringLiteral("attribute"), QStringLiteral("outgrow_seg")}, {QStringLiteral("type"), QStringLiteral("string")}},
                              QJsonObject{{QStringLiteral("response_field"), QStringLiteral("seg2")}, {QStringLiteral("attribute"), QStringLiteral("outgrow_seg")}, {QStringLiteral("type"), QStringLiteral("colour")}}};
        const QList<CellIssue> issues = FieldValidator::tableIssues(*mapping, rows);
        QStringList where;
        for (const CellIssue &i : issues)
            where.append(QStringLiteral("%1:%2").arg(i.row).arg(i.column));
        QCOMPARE(where, (QStringList{QStringLiteral("0:attribute"), QStringLiteral("2:attribute"), QStringLiteral("2:type")}));
        QVERIFY(issues.at(1).message.contains(QLatin1String("twice")));
    }

    void actionIqAttributesFollowTheEditablePattern()
    {
        const PartnerDescription &aiq = partner(QStringLiteral("actioniq"));
        QJsonObject values = PartnerConfigStore::defaults(aiq);
        QCOMPARE(values.value(QLatin1String("attribute_pattern")).toString(), QStringLiteral("AIQ_<Audience ID>_<Split ID>"));
        const QJsonArray rows{QJsonObject{{QStringLiteral("audience_id"), QStringLiteral("1001")}, {QStringLiteral("split_id"), QStringLiteral("A")}}};
        const FieldSpec &audiences = *aiq.field(QStringLiteral("audiences"));
        QCOMPARE(FieldValidator::withDerivedColumns(audiences, rows, values).first().toObject().value(QLatin1String("attribute")).toString(), QStringLiteral("AIQ_1001_A"));
        values.insert(QStringLiteral("attribute_pattern"), QStringLiteral("aiq-<Audience ID>-<Split ID>"));
        QCOMPARE(FieldValidator::withDerivedColumns(audiences, rows, values).first().toObject().value(QLatin1String("attribute")).toString(), QStringLiteral("aiq-1001-A"));
        QVERIFY(FieldValidator::check(*aiq.field(QStringLiteral("attribute_pattern")), QStringLiteral("AIQ_<Audience ID>")).isWrong());
    }

    void fieldChecks()
    {
        const PartnerDescription &quikly = partner(QStringLiteral("quikly"));
        QVERIFY(FieldValidator::check(*quikly.field(QStringLiteral("subscription_group_id")), QString()).isWrong());
        QVERIFY(FieldValidator::check(*quikly.field(QStringLiteral("subscription_group_id")), QStringLiteral("5a1f 4e9c")).isWrong());
        // Braze's subscription group IDs are UUIDs: a cut-off copy or a made-up word is refused before Save.
        QVERIFY(FieldValidator::check(*quikly.field(QStringLiteral("subscription_group_id")), QStringLiteral("5a1f4e9c-0b7d")).isWrong());
        QVERIFY(FieldValidator::check(*quikly.field(QStringLiteral("subscription_group_id")), QStringLiteral("not-a-uuidx")).isWrong());
        QVERIFY(FieldValidator::check(*quikly.field(QStringLiteral("subscription_group_id")), QStringLiteral("5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01")).isFine());
        QVERIFY(FieldValidator::check(*quikly.field(QStringLiteral("q_scope")), QStringLiteral("spring sale")).isWrong());
        QVERIFY(FieldValidator::check(*quikly.field(QStringLiteral("double_opt_in_event")), QStringLiteral("$optin")).isWrong());
        QVERIFY(FieldValidator::problems(quikly, PartnerConfigStore::sandboxValues(quikly)).isEmpty());
        QCOMPARE(FieldValidator::problems(quikly, PartnerConfigStore::defaults(quikly)).size(), 1);
    }

    void configIsSavedPerWorkspaceWithoutSecrets()
    {
        QTemporaryDir dir;
        PartnerConfigStore store(dir.path());
        const PartnerDescription &quikly = partner(QStringLiteral("quikly"));
        QJsonObject values = PartnerConfigStore::sandboxValues(quikly);
        values.insert(QStringLiteral("authorization"), QStringLiteral("super-secret"));
        QCOMPARE(store.save(QStringLiteral("ws-1"), quikly, values), QString());
        QFile file(store.filePath(QStringLiteral("ws-1")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("super-secret"));
        QCOMPARE(store.load(QStringLiteral("ws-1"), quikly).value(QLatin1String("subscription_group_id")).toString(),
                 values.value(QLatin1String("subscription_group_id")).toString());
        QCOMPARE(store.load(QStringLiteral("ws-2"), quikly).value(QLatin1String("subscription_group_id")).toString(), QString());
        QCOMPARE(store.load(QStringLiteral("ws-1"), quikly).value(QLatin1String("double_opt_in_event")).toString(), QStringLiteral("sms_double_opt_in"));
        // A damaged file is reported and never overwritten.
        QFile broken(store.filePath(QStringLiteral("ws-3")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{not json");
        broken.close();
        QString error;
        store.load(QStringLiteral("ws-3"), quikly, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.save(QStringLiteral("ws-3"), quikly, values).isEmpty());
    }

    void handoffLeavesTheKeyOutUnlessAsked()
    {
        const PartnerDescription &ss = partner(QStringLiteral("smartersends"));
        const HandoffSheet sheet(ss, PartnerConfigStore::sandboxValues(ss), QStringLiteral("https://rest.fra-01.braze.eu"), QStringLiteral("key-123"));
        QVERIFY(!sheet.text(false).contains(QLatin1String("key-123")));
        QVERIFY(sheet.text(true).contains(QLatin1String("key-123")));
        QVERIFY(sheet.text(false).contains(QLatin1String("https://rest.fra-01.braze.eu")));
        QVERIFY2(sheet.text(false).contains(QStringLiteral("Group B · a11ce000-0000-4000-8000-00000000000b")), qPrintable(sheet.text(false)));
        QVERIFY(sheet.text(false).contains(QLatin1String("Whitelist IPs")));
    }

    // What Braze said of a value stands beside it as one sentence, never as a bracketed fragment.
    void handoffSaysEachStateInOneSentence()
    {
        const PartnerDescription &quikly = partner(QStringLiteral("quikly"));
        Readiness::Item refused;
        refused.fieldId = QStringLiteral("subscription_group_id");
        refused.state = Readiness::State::Missing;
        refused.refused = true;
        refused.why = QStringLiteral("Braze refused it: Invalid subscription group id");
        Readiness::Item unchecked;
        unchecked.fieldId = QStringLiteral("q_scope");
        unchecked.state = Readiness::State::Unverified;
        unchecked.checkable = true;
        const QString text = HandoffSheet(quikly, PartnerConfigStore::sandboxValues(quikly), QStringLiteral("https://rest.fra-01.braze.eu"),
                                          QString(), false, {refused, unchecked}).text(false);
        QVERIFY2(text.contains(QStringLiteral("subscription_group_id for SMS: 5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01 — do not hand this value on yet. "
                                             "Braze refused it: Invalid subscription group id\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(": spring — not checked in Braze yet.\n")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char('[')));
    }
    // The sidebar's summary counts what needs attention in one sentence, and each requirement's
    // line is one sentence for the translator (its state named), not "✘ text — why" glued together.
    void readinessSummaryCountsInOneSentence()
    {
        const PartnerDescription &quikly = partner(QStringLiteral("quikly"));
        ReadinessInputs inputs;
        inputs.endpoint = QStringLiteral("https://rest.fra-01.braze.eu");
        inputs.permissionsCheckedAt = QDateTime::currentDateTimeUtc();
        for (const QString &permission : {QStringLiteral("users.track"), QStringLiteral("subscription.status.set"),
                                          QStringLiteral("users.export.ids"), QStringLiteral("subscription.status.get")})
            inputs.permissions.insert(permission, Braze::PermissionState::Granted);
        inputs.config.insert(QStringLiteral("subscription_group_id"), QStringLiteral("not-a-uuidx"));
        const QList<Readiness::Item> items = Readiness::evaluate(quikly, inputs);
        const QString text = Readiness::overallText(QStringLiteral("Quikly"), items);
        QVERIFY2(text.startsWith(QStringLiteral("Quikly needs attention: 1 requirement")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\n✘ Refused: ") + IntegrationText::text(QStringLiteral("quikly.req.group")) + QStringLiteral("\n    ")), qPrintable(text));
        QCOMPARE(text.count(QLatin1Char('\n')), 2);

        inputs.config = {};
        inputs.permissions.insert(QStringLiteral("users.track"), Braze::PermissionState::Missing);
        const QString two = Readiness::overallText(QStringLiteral("Quikly"), Readiness::evaluate(quikly, inputs));
        QVERIFY2(two.startsWith(QStringLiteral("Quikly needs attention: 2 requirement")), qPrintable(two));
        QVERIFY2(two.contains(QStringLiteral("\n✘ Missing: ") + IntegrationText::text(QStringLiteral("quikly.req.group")) + QStringLiteral("\n    Not set yet.")), qPrintable(two));

        inputs.permissions.insert(QStringLiteral("users.track"), Braze::PermissionState::Unknown);
        inputs.config.insert(QStringLiteral("subscription_group_id"), QStringLiteral("5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01"));
        const QString unknown = Readiness::overallText(QStringLiteral("Quikly"), Readiness::evaluate(quikly, inputs));
        QVERIFY2(unknown.startsWith(QStringLiteral("Quikly is not verified yet: Braze has not confirmed 2 requirement")), qPrintable(unknown));
        QVERIFY2(unknown.contains(QStringLiteral("\n● Not verified yet: API key permission users.track\n    ")), qPrintable(unknown));
    }

    // A partner's remark on a permission is its own sentence beside the requirement, never glued
    // to the reason for the state.
    void permissionNoteIsItsOwnSentence()
    {
        const PartnerDescription &actionIq = partner(QStringLiteral("actioniq"));
        ReadinessInputs inputs;
        inputs.permissionsUnknownWhy = QStringLiteral("Not checked yet.");
        for (const Readiness::Item &item : Readiness::evaluate(actionIq, inputs)) {
            if (item.permission != QLatin1String("canvas.trigger.send"))
                continue;
            QCOMPARE(item.why, QStringLiteral("Not checked yet."));
            QCOMPARE(item.note, IntegrationText::text(QStringLiteral("actioniq.req.canvas")));
            QCOMPARE(Readiness::stateWithWhy(item), QStringLiteral("? not verified — Not checked yet."));
            return;
        }
        QFAIL("ActionIQ has no canvas.trigger.send requirement");
    }
};

QTEST_GUILESS_MAIN(TestPartnerDescriptions)
#include "tst_partnerdescriptions.moc"
