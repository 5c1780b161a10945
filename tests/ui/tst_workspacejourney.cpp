#include "messageboxanswer.h"

#include "config/secretstore.h"
#include "config/workspacestore.h"
#include "consolesession.h"
#include "workspaces/workspacespage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Config;

// Issue 11's findings on the Workspaces page and the keychain, through the real widgets: an
// import judged by the editor's rules, a new workspace that is a draft until saved, a console
// that writes nothing to the keyring at start, and saves that confirm in the status bar.
class TestWorkspaceJourney : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<QMainWindow> m_window;
    WorkspacesPage *m_page = nullptr;

    QString workspaceFile() const { return m_dir->filePath(QStringLiteral("workspaces.json")); }
    QByteArray fileContents() const
    {
        QFile file(workspaceFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    template<typename T> T *child(const char *name) { return m_page->findChild<T *>(QString::fromLatin1(name)); }
    QStringList names() const
    {
        QStringList names;
        for (const Workspace &w : m_session->workspaces().workspaces())
            names << w.name;
        return names;
    }

private slots:
    void init()
    {
        m_window.reset();
        m_session.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<ConsoleSession>(ConsoleSession::Options{workspaceFile(), {}, {}, false, {}, {}});
        m_session->secrets().setJobTimeout(3000);
        m_session->start();
        m_window = std::make_unique<QMainWindow>();
        m_page = new WorkspacesPage(*m_session);
        m_window->setCentralWidget(m_page);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Finding 4: an import runs the editor's rules; a confirmation written in the file counts
    // for nothing, and the page says what was refused and why.
    void importRunsTheEditorsValidation()
    {
        const QString path = m_dir->filePath(QStringLiteral("import.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"braze-console-workspaces\", \"formatVersion\": 1, \"workspaces\": ["
"            {\"name\": \"Evil\", \"endpoint\": \"http://evil.example.com\"},"
"            {\"name\": \"Look-alike\", \"endpoint\": \"https://rest.iad-01.braze.com.evil.invalid\", \"confirmedCustomHost\": \"rest.iad-01.braze.com.evil.invalid\"},"
"            {\"name\": \"EU production\", \"endpoint\": \"https://rest.fra-01.braze.eu/\"}]}");
        file.close();

        QString question;
        std::unique_ptr<QTimer> no(answerNextMessageBox(QMessageBox::No, &question));
        m_page->importFrom(path);
        QCOMPARE(no->property("answered").toInt(), 1);   // the look-alike host is asked about
        QVERIFY(question.contains(QLatin1String("rest.iad-01.braze.com.evil.invalid")));
        QVERIFY(names().contains(QStringLiteral("EU production")));
        QVERIFY(!names().contains(QStringLiteral("Evil")));
        QVERIFY(!names().contains(QStringLiteral("Look-alike")));
        const QString report = m_page->importReport();
        QVERIFY2(report.contains(QStringLiteral("“Evil”")) && report.contains(QLatin1String("https://")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("“Look-alike”")));
        QVERIFY(!fileContents().contains("evil"));
        QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());

        // Confirmed in the app, the look-alike is imported with the user's own confirmation.
        std::unique_ptr<QTimer> yes(answerNextMessageBox(QMessageBox::Yes));
        m_page->importFrom(path);
        QCOMPARE(yes->property("answered").toInt(), 1);
        QVERIFY(names().contains(QStringLiteral("Look-alike")));
        QVERIFY(!names().contains(QStringLiteral("Evil")));
    }

    // Finding 5: "New" makes a draft; nothing reaches the file until Save, and leaving the
    // unsaved draft asks and discards it.
    void newWorkspaceIsADraftUntilSaved()
    {
        QTest::mouseClick(child<QPushButton>("newWorkspace"), Qt::LeftButton);
        QVERIFY(names().contains(QStringLiteral("New workspace")));
        QVERIFY(!fileContents().contains("New workspace"));
        QVERIFY(!child<QPushButton>("useWorkspace")->isEnabled());

        // Quitting (another session reads the file): the draft is not there.
        ConsoleSession restarted(ConsoleSession::Options{workspaceFile(), {}, {}, false, {}, {}});
        restarted.start();
        QCOMPARE(restarted.workspaces().workspaces().size(), 1);

        // Leaving it asks; Discard drops it.
        QString question;
        std::unique_ptr<QTimer> discard(answerNextMessageBox(QMessageBox::Discard, &question));
        child<QListView>("workspaceList")->setCurrentIndex(m_session->workspaces().index(0));
        QCOMPARE(discard->property("answered").toInt(), 1);
        QVERIFY(question.contains(QLatin1String("New workspace")));
        QVERIFY(!names().contains(QStringLiteral("New workspace")));

        // Saved, it is kept, and the status bar says so.
        QTest::mouseClick(child<QPushButton>("newWorkspace"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>("apiKey")->isEnabled(), 10000);
        child<QLineEdit>("apiKey")->setText(QStringLiteral("0f4c2a1e-8b7d-4c3a-9e21-5d6f7a8b9c0d"));
        QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
        QVERIFY(fileContents().contains("New workspace"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("New workspace")));
        QVERIFY(!m_session->workspaces().isDraft(m_session->workspaces().workspaces().last().id));
        m_session->removeWorkspace(m_session->workspaces().workspaces().last().id);
    }

    // Finding 9: starting writes nothing into the keyring (no "keychain-probe" entry), and the
    // key editor explains a missing keychain in a marketer's words.
    void startingWritesNothingToTheKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run through ./test, which starts one with an unlocked gnome-keyring.");
        // The keychain answers in order: once this read is answered, a write queued by start() would be done.
        SecretStore reader(QStringLiteral("braze-console"));
        bool answered = false;
        std::optional<QString> probe;
        reader.read(QStringLiteral("keychain-probe"), [&](std::optional<QString> value) {
            probe = value;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCOMPARE(probe, std::nullopt);
        QCOMPARE(m_session->secrets().storage(), SecretStore::Storage::Unknown);
        QVERIFY(!child<QLabel>("keyStorage")->text().contains(QLatin1String("Looking for")));
    }
};

QTEST_MAIN(TestWorkspaceJourney)
#include "tst_workspacejourney.moc"
