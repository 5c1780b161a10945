// braze-cli user: the same lookups and actions as the page, from a shell, against a sandbox.
#include "sandboxfixture.h"

#include "sandbox/demoseed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Sandbox;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestUserCli : public QObject
{
    Q_OBJECT

private:
    CliRun cli(const QStringList &arguments, const QByteArray &key = ApiKeyTable::AllPermissionsKey)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BRAZE_API_KEY"), QString::fromLatin1(key));
        process.setProcessEnvironment(env);
        // The sandbox lives in this process; its thread answers while we wait here.
        const QStringList all = QStringList{QStringLiteral("user")} + arguments
            + QStringList{QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString()};
        process.start(QStringLiteral(BRAZE_CLI), all);
        CliRun run;
        if (!process.waitForFinished(20000))
            return run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.started()); }

    void showPrintsTheProfileAsJson()
    {
        const CliRun run = cli({"show", "--external-id", "user_0001"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject profile = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(profile.value("external_id").toString(), QStringLiteral("user_0001"));
        QVERIFY(profile.value("custom_attributes").toObject().contains("loyalty_points"));
    }

    void showListsProfilesSharingAnAddress()
    {
        const CliRun run = cli({"show", "--email", DemoSeed::SharedEmail});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 3);
        QVERIFY(run.err.contains("3"));
    }

    void showByAlias()
    {
        const CliRun run = cli({"show", "--alias", QStringLiteral("%1:email").arg(DemoSeed::SharedEmail)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!QJsonDocument::fromJson(run.out).object().contains("external_id"));
    }

    void unknownUserFails()
    {
        const CliRun run = cli({"show", "--external-id", "nobody_here"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("nobody_here"));
    }

    void setTypedAttributesAndPrintTheChanges()
    {
        const CliRun run = cli({"set", "--external-id", "user_0009", "--attr", "plan=gold", "--attr", "visits:number=42",
                                "--attr", "vip:boolean=true", "--clear", "home_city"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        const QJsonObject custom = result.value("profile").toObject().value("custom_attributes").toObject();
        QCOMPARE(custom.value("visits").toInteger(), 42);
        QCOMPARE(custom.value("vip").toBool(), true);
        QStringList paths;
        for (const QJsonValue &change : result.value("changes").toArray())
            paths << change.toObject().value("path").toString();
        QVERIFY(paths.contains("custom_attributes.plan"));
        QVERIFY(paths.contains("home_city"));
    }

    void dryRunPrintsTheRequestOnly()
    {
        const CliRun run = cli({"event", "--external-id", "user_0010", "--name", "cli_test_event",
                                "--property", "score:number=42", "--dry-run"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("POST /users/track\n"));
        QVERIFY(run.out.contains("\"score\": 42"));
        const CliRun show = cli({"show", "--external-id", "user_0010"});
        QVERIFY(!show.out.contains("cli_test_event"));
    }

    void eventIsLogged()
    {
        const CliRun run = cli({"event", "--external-id", "user_0010", "--name", "cli_test_event", "--property", "scope=spring"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("custom_events.cli_test_event"));
    }

    void badInputIsAUsageError()
    {
        QCOMPARE(cli({"set", "--external-id", "u", "--attr", "visits:number=many"}).exitCode, 2);
        QCOMPARE(cli({"show"}).exitCode, 2);
        QCOMPARE(cli({"show", "--external-id", "a", "--email", "b@example.com"}).exitCode, 2);
        QCOMPARE(cli({"frobnicate", "--external-id", "a"}).exitCode, 2);
    }

private:
    TestSupport::SandboxFixture m_sandbox;
};

QTEST_GUILESS_MAIN(TestUserCli)
#include "tst_usercli.moc"
