#include "sandbox/apikeytable.h"
#include "sandbox/demoseed.h"
#include "sandbox/sandboxhost.h"

#include <QProcess>
#include <QTest>

// braze-cli run, as a script would use it: exit status 0 only when the workflow passed, each
// step on its own line, the key from BRAZE_API_KEY and never on the command line or in the output.
class TestRunCommand : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_sandbox;

    int run(const QStringList &arguments, const QString &key, QString *output)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BRAZE_API_KEY"), key);
        env.insert(QStringLiteral("BRAZE_CONSOLE_LANGUAGE"), QStringLiteral("en"));
        cli.setProcessEnvironment(env);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(BRAZE_CLI), QStringList{QStringLiteral("run")} + arguments);
        if (!cli.waitForFinished(30000))
            return -1;
        *output = QString::fromUtf8(cli.readAll());
        return cli.exitCode();
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.startAndWait()); }

    void listsTheWorkflows()
    {
        QString out;
        QCOMPARE(run({QStringLiteral("--list")}, QString(), &out), 0);
        for (const char *id : {"quikly.email-acquisition", "quikly.sms-subscription", "quikly.sms-double-opt-in", "smartersends.schedule-message",
                               "actioniq.audience-sync", "actioniq.event-forward", "actioniq.trigger-campaign", "actioniq.trigger-canvas",
                               "outgrow.attribute-mapping"})
            QVERIFY2(out.contains(QLatin1String(id)), id);
    }

    void passingWorkflowExitsWithZero()
    {
        QString out;
        const int status = run({QStringLiteral("quikly.email-acquisition"), QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
                                QStringLiteral("--sandbox-ids"), QStringLiteral("--param"), QStringLiteral("email=cli.fan@example.com")},
                               QString::fromLatin1(ApiKeyTable::QuiklyKey), &out);
        QVERIFY2(status == 0, qPrintable(out));
        QVERIFY(out.contains(QLatin1String("[1/4] passed")));
        QVERIFY(out.contains(QLatin1String("POST /users/export/ids -> 201")));
        QVERIFY(out.contains(QLatin1String("Verdict: passed")));
        QVERIFY(!out.contains(QLatin1String(ApiKeyTable::QuiklyKey)));
    }

    // Issue 15: the Canvas trigger headless, with the demo Canvas from --sandbox-ids.
    void canvasTriggerRunsHeadless()
    {
        QString out;
        const int status = run({QStringLiteral("actioniq.trigger-canvas"), QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
                                QStringLiteral("--sandbox-ids"), QStringLiteral("--param"), QStringLiteral("user=user_0003")},
                               QString::fromLatin1(ApiKeyTable::AllPermissionsKey), &out);
        QVERIFY2(status == 0, qPrintable(out));
        QVERIFY(out.contains(QLatin1String("POST /canvas/trigger/send -> 201")));
        QVERIFY(out.contains(QLatin1String("[3/3] passed")));
        QVERIFY(out.contains(QLatin1String(DemoSeed::OnboardingCanvasId)));

        const int refused = run({QStringLiteral("actioniq.trigger-canvas"), QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
                                 QStringLiteral("--sandbox-ids"), QStringLiteral("--param"), QStringLiteral("canvas_id=not a canvas")},
                                QString::fromLatin1(ApiKeyTable::AllPermissionsKey), &out);
        QCOMPARE(refused, 2);
    }

    void failingWorkflowExitsWithOneAndSaysWhy()
    {
        QString out;
        const int status = run({QStringLiteral("smartersends.verify-permissions"), QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString()},
                               QString::fromLatin1(ApiKeyTable::OutgrowKey), &out);
        QCOMPARE(status, 1);
        QVERIFY(out.contains(QLatin1String("Verdict: failed")));
        QVERIFY(out.contains(QLatin1String("What to do:")));
    }

    void configTablesCanBeGivenAsJson()
    {
        QString out;
        const int status = run({QStringLiteral("outgrow.attribute-mapping"), QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
                                QStringLiteral("--config"), QStringLiteral("mapping=[{\"response_field\":\"score\",\"attribute\":\"outgrow_quiz_score\",\"type\":\"number\",\"sample\":\"12\"}]")},
                               QString::fromLatin1(ApiKeyTable::AllPermissionsKey), &out);
        QVERIFY2(status == 0, qPrintable(out));
        QVERIFY(out.contains(QLatin1String("ok   outgrow_quiz_score: 12")));
    }

    void usageErrorsExitWithTwo()
    {
        QString out;
        QCOMPARE(run({QStringLiteral("quikly.nothing"), QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString()}, QStringLiteral("k"), &out), 2);
        QCOMPARE(run({QStringLiteral("quikly.email-acquisition"), QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString()}, QString(), &out), 2);
        QVERIFY(out.contains(QLatin1String("BRAZE_API_KEY")));
        QCOMPARE(run({QStringLiteral("quikly.email-acquisition"), QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString(),
                      QStringLiteral("--param"), QStringLiteral("email=nope")}, QStringLiteral("k"), &out), 2);
    }
};

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
