#include "config/workspacefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Config;

// braze-cli workspace ... and integration ...: the Workspaces page and a partner's Settings tab
// from a shell, with the console's file, rules and messages. Every run gets its own config folder.
class TestConfigCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<QTemporaryDir> m_home;

    QString configFolder() const { return m_home->filePath(QStringLiteral("braze-console/braze-console")); }
    QString workspacesFile() const { return configFolder() + QStringLiteral("/workspaces.json"); }

    Run cli(const QStringList &arguments, const QHash<QString, QString> &environment = {}, const QString &configHome = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.isEmpty() ? m_home->path() : configHome);
        env.insert(QStringLiteral("BRAZE_CONSOLE_LANGUAGE"), QStringLiteral("en"));
        env.remove(QStringLiteral("BRAZE_API_KEY"));
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BRAZE_CLI), arguments);
        Run run;
        if (!process.waitForFinished(30000))
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QByteArray fileContents(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void write(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }

private slots:
    void init() { m_home = std::make_unique<QTemporaryDir>(); }

    void addListUpdateRemove()
    {
        // No keychain in reach: the key is said not to be kept, the workspace is.
        const QHash<QString, QString> noKeychain{{QStringLiteral("BRAZE_API_KEY"), QStringLiteral("0f4c2a1e-8b7d-4c3a-9e21-5d6f7a8b9c0d")},
                                                 {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus")}};
        Run run = cli({"workspace", "add", "--name", "EU production", "--endpoint", "https://rest.fra-01.braze.eu/", "--app-id", "app-123"}, noKeychain);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("was not kept")));
        QVERIFY(!fileContents(workspacesFile()).contains("0f4c2a1e"));

        run = cli({"workspace", "list", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value("endpoint").toString(), QStringLiteral("https://rest.fra-01.braze.eu"));

        // The editor's rules: http to a public host, a duplicate name, an unconfirmed proxy.
        const QByteArray before = fileContents(workspacesFile());
        run = cli({"workspace", "add", "--name", "Plain", "--endpoint", "http://rest.fra-01.braze.eu"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("“Plain”")) && run.err.contains(QLatin1String("https://")));
        run = cli({"workspace", "add", "--name", "eu production", "--endpoint", "https://rest.fra-01.braze.eu"});
        QCOMPARE(run.exitCode, 2);
        run = cli({"workspace", "add", "--name", "Proxy", "--endpoint", "https://braze-proxy.example.org"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--allow-custom-host")));
        run = cli({"workspace", "add", "--name", "Bad key", "--endpoint", "https://rest.fra-01.braze.eu"}, {{QStringLiteral("BRAZE_API_KEY"), QStringLiteral("Bearer x")}});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(fileContents(workspacesFile()), before);   // nothing changed

        run = cli({"workspace", "add", "--name", "Proxy", "--endpoint", "https://braze-proxy.example.org", "--allow-custom-host"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({"workspace", "update", "EU production", "--notes", "Owned by CRM"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(fileContents(workspacesFile()).contains("Owned by CRM"));
        run = cli({"workspace", "remove", "Proxy"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!fileContents(workspacesFile()).contains("braze-proxy"));
        run = cli({"workspace", "remove", "Sandbox"});
        QCOMPARE(run.exitCode, 2);
    }

    void importRefusesWhatTheEditorRefuses()
    {
        const QString path = m_home->filePath(QStringLiteral("import.json"));
        write(path, "{\"format\": \"braze-console-workspaces\", \"formatVersion\": 1, \"workspaces\": ["
"            {\"name\": \"Evil\", \"endpoint\": \"http://evil.example.com\"},"
"            {\"name\": \"Look-alike\", \"endpoint\": \"https://rest.iad-01.braze.com.evil.invalid\", \"confirmedCustomHost\": \"rest.iad-01.braze.com.evil.invalid\"},"
"            {\"name\": \"EU production\", \"endpoint\": \"https://rest.fra-01.braze.eu\"}]}");
        Run run = cli({"workspace", "import", path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("“Evil”: Use https://")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("“Look-alike”")));
        QVERIFY(!fileContents(workspacesFile()).contains("Evil"));

        write(path, "{\"format\": \"braze-console-workspaces\", \"formatVersion\": 1, \"workspaces\": ["
"            {\"name\": \"EU production\", \"endpoint\": \"https://rest.fra-01.braze.eu\"}]}");
        run = cli({"workspace", "import", path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString exported = m_home->filePath(QStringLiteral("export.json"));
        run = cli({"workspace", "export", exported});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(fileContents(exported).contains("EU production"));
    }

    void wrongShapedFileIsKeptAsideAndReported()
    {
        write(workspacesFile(), "[1, 2, 3]");
        const Run run = cli({"workspace", "add", "--name", "X", "--endpoint", "https://rest.fra-01.braze.eu"});
        QCOMPARE(run.exitCode, 1);
        // The console's own words (WorkspaceFile), naming where the file was kept.
        QVERIFY2(run.err.contains(QLatin1String("The workspace settings could not be read because it does not hold workspace settings")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("Nothing was changed")));
        QVERIFY(!QFile::exists(workspacesFile()));
        const QStringList kept = QDir(configFolder()).entryList({QStringLiteral("workspaces.json.unreadable-*")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(fileContents(configFolder() + QLatin1Char('/') + kept.first()), QByteArray("[1, 2, 3]"));
    }

    void readOnlyConfigFolderChangesNothing()
    {
        Run run = cli({"workspace", "add", "--name", "First", "--endpoint", "https://rest.fra-01.braze.eu"});
        QCOMPARE(run.exitCode, 0);
        const QByteArray before = fileContents(workspacesFile());
        QString configHome = m_home->path();
        if (geteuid() == 0)
            configHome = QStringLiteral("/sys");   // root writes through file modes; /sys refuses even root
        else
            QVERIFY(QFile::setPermissions(configFolder(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        run = cli({"workspace", "add", "--name", "Second", "--endpoint", "https://rest.fra-01.braze.eu"}, {}, configHome);
        QFile::setPermissions(configFolder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Could not save")), qPrintable(run.err));
        QCOMPARE(fileContents(workspacesFile()), before);
    }

    void integrationShowAndSet()
    {
        Run run = cli({"integration", "show", "quikly"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("subscription_group_id = 5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01")));
        QVERIFY(run.out.contains(QLatin1String("not verified")));

        run = cli({"integration", "set", "quikly", "q_scope=spring sale"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("Activation scope")));
        run = cli({"integration", "set", "quikly", "subscription_group_id=not-a-uuidx"});
        QCOMPARE(run.exitCode, 2);
        run = cli({"integration", "set", "quikly", "authorization=Bearer secret"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("BRAZE_SECRET_QUIKLY_AUTHORIZATION")));
        QVERIFY(!QFile::exists(configFolder() + QStringLiteral("/integrations/sandbox.json")));

        run = cli({"integration", "set", "quikly", "q_scope=summer"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({"integration", "show", "quikly", "--json"});
        const QJsonArray settings = QJsonDocument::fromJson(run.out.toUtf8()).object().value("settings").toArray();
        QCOMPARE(settings.at(1).toObject().value("value").toString(), QStringLiteral("summer"));
        run = cli({"integration", "set", "outgrow", "mapping=[{\"response_field\":\"score\",\"attribute\":\"outgrow_score\",\"type\":\"number\",\"sample\":\"eighty\"}]"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("eighty")));
    }
};

QTEST_GUILESS_MAIN(TestConfigCli)
#include "tst_configcli.moc"
