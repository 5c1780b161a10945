#include "config/workspaceexchange.h"
#include "config/workspacefile.h"
#include "config/workspacestore.h"
#include "diskfullforthisprocess.h"
#include "readonlyfolder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Config;

class TestWorkspaceStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sandboxExistsFromTheFirstStartAndCannotBeDeleted();
    void workspacesSurviveARestart();
    void sandboxChoicesSurviveButNotItsAddress();
    void duplicateAndRemove();
    void fileCarriesSchemaVersionAndNoSecrets();
    void corruptFileIsKeptAsideAndReported();
    void newerSchemaIsNotOverwritten();
    void failedSaveIsReportedAndOldFileKept();
    void fullDiskKeepsThePreviousFileAndRetrySaves();
    void readOnlyFolderIsReportedAndRetrySaves();
    void wrongShapedFileIsKeptAsideAndNeverOverwritten_data();
    void wrongShapedFileIsKeptAsideAndNeverOverwritten();
    void overlongNotesAreShortenedWithTheFullFileKept();
    void exportAndImportLeaveOutKeysAndIds();

private:
    void writeFile(const QByteArray &contents) const;
    QString path() const { return m_dir->filePath(QStringLiteral("workspaces.json")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWorkspaceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWorkspaceStore::sandboxExistsFromTheFirstStartAndCannotBeDeleted()
{
    WorkspaceStore store(path());
    QCOMPARE(store.load(), QString());
    QCOMPARE(store.rowCount(), 1);
    QVERIFY(store.current().builtInSandbox);
    QCOMPARE(store.current().name, QStringLiteral("Sandbox"));
    QVERIFY(!store.remove(Workspace::sandboxId()));
    QCOMPARE(store.rowCount(), 1);
}

void TestWorkspaceStore::workspacesSurviveARestart()
{
    Workspace production = Workspace::create(QStringLiteral("Production EU"));
    production.endpoint = QUrl(QStringLiteral("https://rest.fra-01.braze.eu"));
    production.appId = QStringLiteral("3f2a9c1e-0000-4000-8000-123456789abc");
    production.notes = QStringLiteral("Owned by the CRM team\nSecond line");
    {
        WorkspaceStore store(path());
        store.load();
        QSignalSpy currentChanged(&store, &WorkspaceStore::currentWorkspaceChanged);
        store.add(production);
        store.setCurrent(production.id);
        QCOMPARE(currentChanged.count(), 1);
    }
    WorkspaceStore reopened(path());
    QCOMPARE(reopened.load(), QString());
    QCOMPARE(reopened.rowCount(), 2);
    QCOMPARE(reopened.current(), production);
    QVERIFY(reopened.workspace(Workspace::sandboxId())->builtInSandbox);
}

void TestWorkspaceStore::sandboxChoicesSurviveButNotItsAddress()
{
    {
        WorkspaceStore store(path());
        store.load();
        store.setSandboxEndpoint(QUrl(QStringLiteral("http://127.0.0.1:45678")));
        Workspace sandbox = store.current();
        sandbox.sandboxKey = QStringLiteral("sandbox-outgrow-0000000000000004");
        sandbox.notes = QStringLiteral("Rehearsing Outgrow");
        store.update(sandbox);
    }
    WorkspaceStore reopened(path());
    reopened.load();
    QCOMPARE(reopened.rowCount(), 1);
    QCOMPARE(reopened.current().sandboxKey, QStringLiteral("sandbox-outgrow-0000000000000004"));
    QCOMPARE(reopened.current().notes, QStringLiteral("Rehearsing Outgrow"));
    QCOMPARE(reopened.current().name, QStringLiteral("Sandbox"));
    QVERIFY(reopened.current().endpoint.isEmpty());
}

void TestWorkspaceStore::duplicateAndRemove()
{
    WorkspaceStore store(path());
    store.load();
    Workspace staging = Workspace::create(QStringLiteral("Staging"));
    store.add(staging);
    store.setCurrent(staging.id);
    const QString copyId = store.duplicate(staging.id);
    QCOMPARE(store.workspace(copyId)->name, QStringLiteral("Staging (copy)"));
    QCOMPARE(store.workspace(store.duplicate(staging.id))->name, QStringLiteral("Staging (copy) (2)"));

    QSignalSpy removed(&store, &WorkspaceStore::workspaceRemoved);
    QVERIFY(store.remove(staging.id));
    QCOMPARE(removed.count(), 1);
    QVERIFY(store.current().builtInSandbox);   // removing the active workspace falls back to the sandbox
}

void TestWorkspaceStore::fileCarriesSchemaVersionAndNoSecrets()
{
    WorkspaceStore store(path());
    store.load();
    store.add(Workspace::create(QStringLiteral("Staging")));
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), WorkspaceFile::SchemaVersion);
    // Only these fields are ever written: an API key has no place in this file.
    const QStringList allowed{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("endpoint"), QStringLiteral("appId"),
                              QStringLiteral("notes"), QStringLiteral("builtInSandbox"), QStringLiteral("confirmedCustomHost"),
                              QStringLiteral("sandboxKey")};
    for (const QJsonValue &workspace : root.value(QStringLiteral("workspaces")).toArray()) {
        for (const QString &field : workspace.toObject().keys())
            QVERIFY2(allowed.contains(field), qPrintable(field));
    }
    // The sandbox is built in: only the user's choices for it are saved, never its address.
    const QJsonArray saved = root.value(QStringLiteral("workspaces")).toArray();
    QCOMPARE(saved.size(), 2);
    QVERIFY(saved.at(0).toObject().value(QStringLiteral("builtInSandbox")).toBool());
    QCOMPARE(saved.at(0).toObject().value(QStringLiteral("endpoint")).toString(), QString());
}

void TestWorkspaceStore::corruptFileIsKeptAsideAndReported()
{
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schemaVersion\": 1, \"workspaces\": [ {\"id\": ");
    }
    WorkspaceStore store(path());
    const QString problem = store.load();
    QVERIFY2(problem.contains(QStringLiteral("not valid JSON")), qPrintable(problem));
    QCOMPARE(store.rowCount(), 1);

    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("workspaces.json.unreadable-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY2(problem.contains(aside.first()), qPrintable(problem));
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().startsWith("{\"schemaVersion\": 1"));   // nothing dropped
}

void TestWorkspaceStore::newerSchemaIsNotOverwritten()
{
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schemaVersion\": 99, \"workspaces\": []}");
    }
    WorkspaceStore store(path());
    const QString problem = store.load();
    QVERIFY2(problem.contains(QStringLiteral("newer version")), qPrintable(problem));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("workspaces.json.unreadable-*")}).size(), 1);
}

void TestWorkspaceStore::failedSaveIsReportedAndOldFileKept()
{
    // A folder where the file should be: the write cannot succeed, and nothing is half-written.
    const QString blocked = m_dir->filePath(QStringLiteral("blocked"));
    QVERIFY(QDir().mkpath(blocked + QStringLiteral("/workspaces.json")));
    WorkspaceStore store(blocked + QStringLiteral("/workspaces.json"));
    store.load();
    QSignalSpy failed(&store, &WorkspaceStore::saveFailed);
    store.add(Workspace::create(QStringLiteral("Staging")));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("not overwritten")), qPrintable(failed.first().first().toString()));
    QCOMPARE(store.rowCount(), 2);   // the change is kept in memory
}

void TestWorkspaceStore::writeFile(const QByteArray &contents) const
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(contents), contents.size());
}

void TestWorkspaceStore::fullDiskKeepsThePreviousFileAndRetrySaves()
{
    WorkspaceStore store(path());
    store.load();
    store.add(Workspace::create(QStringLiteral("Production")));
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QVERIFY(before.contains("Production"));

    QSignalSpy failed(&store, &WorkspaceStore::saveFailed);
    QSignalSpy recovered(&store, &WorkspaceStore::saveRecovered);
    {
        // A full disk, as the process sees it: no file may grow past a few bytes.
        const DiskFullForThisProcess full(16);
        store.add(Workspace::create(QStringLiteral("Staging")));
    }
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("previous version")), qPrintable(failed.first().first().toString()));
    QCOMPARE(store.saveProblem(), failed.first().first().toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);   // the good file is untouched, not truncated
    file.close();
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 1);   // no temporary file left behind

    QCOMPARE(store.retrySave(), QString());
    QCOMPARE(recovered.count(), 1);
    QCOMPARE(store.saveProblem(), QString());
    WorkspaceStore reopened(path());
    QCOMPARE(reopened.load(), QString());
    QCOMPARE(reopened.rowCount(), 3);
}

void TestWorkspaceStore::readOnlyFolderIsReportedAndRetrySaves()
{
    WorkspaceStore store(path());
    store.load();
    store.add(Workspace::create(QStringLiteral("Production")));
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    QSignalSpy failed(&store, &WorkspaceStore::saveFailed);
    QSignalSpy recovered(&store, &WorkspaceStore::saveRecovered);
    {
        const ReadOnlyFolder readOnly(m_dir->path());
        if (!readOnly.isReadOnly())
            QSKIP("This file system or user cannot make a folder read-only (root needs CAP_LINUX_IMMUTABLE and chattr support).");
        store.add(Workspace::create(QStringLiteral("Staging")));
        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path())) && message.contains(QStringLiteral("previous version")),
                 qPrintable(message));
        QCOMPARE(store.saveProblem(), message);
        QCOMPARE(store.retrySave(), message);   // still read-only: Retry says so again
        QCOMPARE(recovered.count(), 0);
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    QCOMPARE(store.rowCount(), 3);   // nothing typed is lost

    QCOMPARE(store.retrySave(), QString());
    QCOMPARE(recovered.count(), 1);
    WorkspaceStore reopened(path());
    QCOMPARE(reopened.load(), QString());
    QCOMPARE(reopened.rowCount(), 3);
}

void TestWorkspaceStore::wrongShapedFileIsKeptAsideAndNeverOverwritten_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("reason");
    QTest::newRow("workspaces is an object")
        << QByteArray(R"({"schemaVersion": 1, "workspaces": {"id": "a1", "name": "Production"}})") << QStringLiteral("not a list");
    QTest::newRow("an entry is a number")
        << QByteArray(R"({"schemaVersion": 1, "workspaces": [{"id": "a1", "name": "Production"}, 42]})") << QStringLiteral("1 of its workspaces");
    QTest::newRow("a field has the wrong type")
        << QByteArray(R"({"schemaVersion": 1, "workspaces": [{"id": "a1", "name": "Production", "notes": ["x"]}]})") << QStringLiteral("1 of its workspaces");
    QTest::newRow("active workspace is a number")
        << QByteArray(R"({"schemaVersion": 1, "currentWorkspace": 7, "workspaces": []})") << QStringLiteral("active workspace");
}

void TestWorkspaceStore::wrongShapedFileIsKeptAsideAndNeverOverwritten()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, reason);
    writeFile(contents);
    WorkspaceStore store(path());
    const QString problem = store.load();
    QVERIFY2(problem.contains(reason), qPrintable(problem));
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("workspaces.json.unreadable-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY2(problem.contains(aside.first()), qPrintable(problem));

    store.add(Workspace::create(QStringLiteral("Staging")));   // "New" after such a start
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), contents);
}

void TestWorkspaceStore::overlongNotesAreShortenedWithTheFullFileKept()
{
    const QString notes(Workspace::MaxNotesLength + 5000, QLatin1Char('n'));
    QJsonObject workspace{{QStringLiteral("id"), QStringLiteral("a1")}, {QStringLiteral("name"), QStringLiteral("Production")},
                          {QStringLiteral("notes"), notes}};
    const QByteArray contents = QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 1},
                                                          {QStringLiteral("workspaces"), QJsonArray{workspace}}}).toJson();
    writeFile(contents);
    WorkspaceStore store(path());
    const QString problem = store.load();
    QVERIFY2(problem.contains(QStringLiteral("Production")) && problem.contains(QStringLiteral("shortened")), qPrintable(problem));
    QCOMPARE(store.workspace(QStringLiteral("a1"))->notes.size(), Workspace::MaxNotesLength);
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("workspaces.json.unreadable-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), contents);
}

void TestWorkspaceStore::exportAndImportLeaveOutKeysAndIds()
{
    Workspace production = Workspace::create(QStringLiteral("Production"));
    production.endpoint = QUrl(QStringLiteral("https://rest.iad-03.braze.com"));
    const QByteArray exported = WorkspaceExchange::exportJson({Workspace::sandbox(), production});
    QVERIFY(!exported.contains(production.id.toUtf8()));
    QVERIFY(!exported.contains("Sandbox"));

    const auto imported = WorkspaceExchange::importJson(exported);
    QCOMPARE(imported.problem, QString());
    QCOMPARE(imported.workspaces.size(), 1);
    QCOMPARE(imported.workspaces.first().name, production.name);
    QCOMPARE(imported.workspaces.first().endpoint, production.endpoint);
    QVERIFY(imported.workspaces.first().id != production.id);

    QVERIFY(!WorkspaceExchange::importJson("[1, 2").problem.isEmpty());
    QVERIFY(!WorkspaceExchange::importJson("{\"format\": \"other\"}").problem.isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "tst_workspacestore.moc"
