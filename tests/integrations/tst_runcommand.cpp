#include "sandbox/apikeytable.h"
#include "sandbox/demoseed.h"
#include "sandbox/sandboxhost.h"
#include "sandboxtestclient.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Sandbox;

// braze-cli run, as a script would use it: exit status 0 only when the workflow passed, each
// step on its own line, the key from BRAZE_API_KEY and never on the command line or in the output.
class TestRunCommand : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_sandbox;

    // home: XDG folders of a user who set nothing up (no workspaces file, no partner settings,
    // the built-in sandbox's state kept in its data folder); empty: the test's own environment.
    int run(const QStringList &arguments, const QString &key, QString *output, const QString &home = {})
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!home.isEmpty()) {
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        }
        if (!key.isEmpty())
            env.insert(QStringLiteral("BRAZE_API_KEY"), key);
        else
            env.remove(QStringLiteral("BRAZE_API_KEY"));
        env.insert(QStringLiteral("BRAZE_CONSOLE_LANGUAGE"), QStringLiteral("en"));
        cli.setProcessEnvironment(env);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(BRAZE_CLI), arguments.value(0) == QLatin1String("--command") ? arguments.mid(1) : QStringList{QStringLiteral("run")} + arguments);
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

    // Issue 11's "done when", exactly as written: without --endpoint braze-cli uses the active
    // workspace, and with none set up the built-in sandbox, whose state outlives each command; so the
    // second command finds the profile the first one created and attaches the number to it.
    void smsSubscriptionAfterEmailAcquisitionWithoutEndpoint()
    {
        QTemporaryDir home;
        QString out;
        int status = run({QStringLiteral("quikly.email-acquisition"), QStringLiteral("--param"), QStringLiteral("email=X@example.com")}, {}, &out, home.path());
        QVERIFY2(status == 0, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Workspace: Sandbox (the built-in sandbox)")), qPrintable(out));
        status = run({QStringLiteral("quikly.sms-subscription"), QStringLiteral("--param"), QStringLiteral("email=X@example.com"),
                      QStringLiteral("--param"), QStringLiteral("phone=+4915112345678")}, {}, &out, home.path());
        QVERIFY2(status == 0, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("passed    Store the number on the existing profile")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("skipped   Create an alias-only profile")), qPrintable(out));
    }

    // Every ordered pair of a partner's workflows on one person, each command in a process of its
    // own on the built-in sandbox. The double opt-in's confirmation is shortened once through the
    // sandbox's /_sandbox/config, which its state file keeps for the commands that follow.
    void everyPairOnOnePersonPassesFromTheCommandLine_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        QString list;
        QCOMPARE(run({QStringLiteral("--list")}, {}, &list), 0);
        const QHash<QString, QString> person{{QStringLiteral("email"), QStringLiteral("same.person@example.com")},
                                             {QStringLiteral("phone"), QStringLiteral("+4915112345678")},
                                             {QStringLiteral("wait_seconds"), QStringLiteral("0")}};
        QMap<QString, QList<QStringList>> byPartner;   // partner -> the arguments of each workflow with parameters
        QStringList current;
        bool hasParameters = false;
        const auto keep = [&] {
            if (hasParameters)
                byPartner[current.first().section(QLatin1Char('.'), 0, 0)].append(current);
            current.clear();
            hasParameters = false;
        };
        for (const QString &line : list.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char(' ')) && !line.isEmpty()) {
                keep();
                current = {line.section(QLatin1Char(' '), 0, 0)};
            } else if (const QString name = line.trimmed().section(QLatin1Char(' '), 1, 1).section(QLatin1Char('='), 0, 0); !name.isEmpty()) {
                // The person's parameters; the others keep their defaults (from the workspace's settings).
                hasParameters = true;
                if (person.contains(name))
                    current << QStringLiteral("--param") << name + QLatin1Char('=') + person.value(name);
            }
        }
        keep();
        int pairs = 0;
        for (const QList<QStringList> &workflows : byPartner) {
            for (const QStringList &first : workflows) {
                for (const QStringList &second : workflows) {
                    if (first != second) {
                        QTest::newRow(qPrintable(first.first() + QStringLiteral(" then ") + second.first())) << first << second;
                        ++pairs;
                    }
                }
            }
        }
        QVERIFY(pairs >= 24);   // Quikly's double opt-in included
    }

    void everyPairOnOnePersonPassesFromTheCommandLine()
    {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral("config.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"double_opt_in_delay_ms\": 200}");
        file.close();
        QString configured;
        QVERIFY2(run({QStringLiteral("--command"), QStringLiteral("call"), QStringLiteral("POST"), QStringLiteral("/_sandbox/config"),
                      QStringLiteral("--json"), config}, {}, &configured, home.path()) == 0, qPrintable(configured));
        for (const QStringList &arguments : {first, second}) {
            QString out;
            const int status = run(arguments, {}, &out, home.path());
            QVERIFY2(status == 0, qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + out));
        }
    }

    // While the console runs the built-in sandbox, a command works on that sandbox instead of
    // starting one of its own on the same state file: the console sees the profile at once, and
    // its next save (or quit) keeps it instead of writing the file over. A second sandbox on the
    // file is refused with the file and the program holding it named.
    void commandsShareTheRunningConsolesSandbox()
    {
        QTemporaryDir home;
        const QString folder = home.filePath(QStringLiteral("data/braze-console/braze-console"));
        QVERIFY(QDir().mkpath(folder));
        SandboxHost::Options options;
        options.server.statePath = folder + QStringLiteral("/sandbox-state.json");
        options.announce = true;
        const QByteArray key = ApiKeyTable::AllPermissionsKey;
        const QJsonObject byEmail{{"email_address", "shared.console@example.com"}, {"fields_to_export", QJsonArray{"email"}}};
        {
            SandboxHost console;
            QVERIFY(console.startAndWait(options));
            QString out;
            QVERIFY2(run({QStringLiteral("quikly.email-acquisition"), QStringLiteral("--param"), QStringLiteral("email=shared.console@example.com")},
                         {}, &out, home.path()) == 0, qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("Workspace: Sandbox (the built-in sandbox the console is running, %1)").arg(console.baseUrl().toString())),
                     qPrintable(out));
            SandboxTestClient client(console.baseUrl());
            QCOMPARE(client.post(QStringLiteral("/users/export/ids"), byEmail, key).json.value("users").toArray().size(), 1);

            SandboxHost second;
            SandboxHost::Options again = options;
            again.server.lockWaitMs = 0;
            QVERIFY(!second.startAndWait(again));
            QVERIFY2(second.errorString().contains(options.server.statePath) && second.errorString().contains(QLatin1String("in use")),
                     qPrintable(second.errorString()));
        }   // the console quits and saves
        SandboxHost later;
        QVERIFY(later.startAndWait(options));
        QCOMPARE(SandboxTestClient(later.baseUrl()).post(QStringLiteral("/users/export/ids"), byEmail, key).json.value("users").toArray().size(), 1);
    }

    // probe, call and user choose what they talk to by the same rule as run.
    void otherCommandsUseTheActiveWorkspaceToo()
    {
        QTemporaryDir home;
        QString out;
        QCOMPARE(run({QStringLiteral("--command"), QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("--email"), QStringLiteral("fan@example.com")}, {}, &out, home.path()), 1);
        QVERIFY2(out.contains(QLatin1String("fan@example.com")), qPrintable(out));
        QVERIFY(run({QStringLiteral("quikly.email-acquisition"), QStringLiteral("--param"), QStringLiteral("email=fan@example.com")}, {}, &out, home.path()) == 0);
        QCOMPARE(run({QStringLiteral("--command"), QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("--email"), QStringLiteral("fan@example.com")}, {}, &out, home.path()), 0);
        QVERIFY2(out.contains(QLatin1String("\"email\": \"fan@example.com\"")), qPrintable(out));
        QCOMPARE(run({QStringLiteral("--command"), QStringLiteral("call"), QStringLiteral("GET"), QStringLiteral("/segments/list")}, {}, &out, home.path()), 0);
        QVERIFY2(out.contains(QLatin1String("HTTP 200")), qPrintable(out));
        QCOMPARE(run({QStringLiteral("--command"), QStringLiteral("probe")}, {}, &out, home.path()), 0);
        QCOMPARE(run({QStringLiteral("--command"), QStringLiteral("probe"), QStringLiteral("--workspace"), QStringLiteral("Production")}, {}, &out, home.path()), 2);
        QVERIFY2(out.contains(QStringLiteral("There is no workspace “Production”")), qPrintable(out));
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
