// Saved test users per workspace: persisted, separate per workspace, damaged files reported.
#include "users/testuserstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Users;

class TestTestUserStore : public QObject
{
    Q_OBJECT

private slots:
    void savedUsersSurviveARestartPerWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("sub/test-users.json");
        {
            TestUserStore store(path);
            QCOMPARE(store.load(), QString());
            QSignalSpy changed(&store, &TestUserStore::changed);
            QCOMPARE(store.add("ws-a", {"Anna", Braze::UserIdentifier::externalId("user_0001"), {}}), QString());
            QCOMPARE(store.add("ws-a", {"Family", Braze::UserIdentifier::alias("familie@example.de", "email"), "shared"}), QString());
            QCOMPARE(store.add("ws-b", {"Bob", Braze::UserIdentifier::email("bob@example.com"), {}}), QString());
            QCOMPARE(changed.count(), 3);
            QCOMPARE(changed.first().first().toString(), QStringLiteral("ws-a"));
        }
        TestUserStore reloaded(path);
        QCOMPARE(reloaded.load(), QString());
        QCOMPARE(reloaded.list("ws-a").size(), 2);
        QCOMPARE(reloaded.list("ws-a").at(1).user, Braze::UserIdentifier::alias("familie@example.de", "email"));
        QCOMPARE(reloaded.list("ws-a").at(1).note, QStringLiteral("shared"));
        QCOMPARE(reloaded.list("ws-b").size(), 1);
        QVERIFY(reloaded.list("ws-c").isEmpty());

        QCOMPARE(reloaded.remove("ws-a", Braze::UserIdentifier::externalId("user_0001")), QString());
        TestUserStore again(path);
        again.load();
        QCOMPARE(again.list("ws-a").size(), 1);
        QVERIFY(!again.contains("ws-a", Braze::UserIdentifier::externalId("user_0001")));
    }

    void sameIdentifierIsRenamedNotDuplicated()
    {
        QTemporaryDir dir;
        TestUserStore store(dir.filePath("u.json"));
        store.add("ws", {"First", Braze::UserIdentifier::externalId("x"), {}});
        store.add("ws", {"Second", Braze::UserIdentifier::externalId("x"), {}});
        QCOMPARE(store.list("ws").size(), 1);
        QCOMPARE(store.list("ws").first().name, QStringLiteral("Second"));
    }

    void invalidIdentifierIsRefused()
    {
        QTemporaryDir dir;
        TestUserStore store(dir.filePath("u.json"));
        QVERIFY(!store.add("ws", {"Bad", Braze::UserIdentifier::email("not an address"), {}}).isEmpty());
        QVERIFY(store.list("ws").isEmpty());
        QVERIFY(!QFile::exists(dir.filePath("u.json")));
    }

    void damagedFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("u.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        TestUserStore store(path);
        QVERIFY(store.load().contains(path));
        QVERIFY(store.list("ws").isEmpty());
        QVERIFY(QFile(path).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestTestUserStore)
#include "tst_testuserstore.moc"
