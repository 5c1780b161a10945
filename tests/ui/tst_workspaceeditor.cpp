#include "config/secretstore.h"
#include "config/workspacestore.h"
#include "consolesession.h"
#include "workspaces/workspaceeditor.h"
#include "workspaces/workspacespage.h"
#include "../config/diskfullforthisprocess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QFile>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Config;

// Drives the workspace editor as a marketer would: select, type, read the inline verdicts, save.
class TestWorkspaceEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void httpToAPublicHostIsRefusedInline();
    void unknownHostNeedsConfirmationOnce();
    void malformedKeyIsRefusedWithAReason();
    void validEntrySavesAndSurvivesARestart();
    void overlongNotesBlockSaving();
    void failedSaveShowsRetryOnThePage();

private:
    template<typename T> T *child(const char *name)
    {
        auto *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }
    void createWorkspace();
    void typeInto(QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<WorkspacesPage> m_page;
};

void TestWorkspaceEditor::init()
{
    m_page.reset();
    m_session.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<ConsoleSession>(m_dir->filePath(QStringLiteral("workspaces.json")));
    m_session->secrets().setJobTimeout(3000);
    m_session->start();
    m_page = std::make_unique<WorkspacesPage>(*m_session);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestWorkspaceEditor::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestWorkspaceEditor::createWorkspace()
{
    QTest::mouseClick(child<QPushButton>("newWorkspace"), Qt::LeftButton);
    // The key field opens once the keychain has answered.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>("apiKey")->isEnabled(), 10000);
    QCOMPARE(child<QComboBox>("instance")->currentText(), QStringLiteral("US-01 \u2014 rest.iad-01.braze.com"));
    typeInto(child<QLineEdit>("apiKey"), QStringLiteral("0f4c2a1e-8b7d-4c3a-9e21-5d6f7a8b9c0d"));
}

void TestWorkspaceEditor::httpToAPublicHostIsRefusedInline()
{
    createWorkspace();
    auto *save = child<QPushButton>("save");
    QVERIFY(save->isEnabled());

    child<QComboBox>("instance")->setCurrentIndex(0);   // "Custom URL…"
    auto *custom = child<QLineEdit>("customEndpoint");
    QVERIFY(custom->isVisible());
    typeInto(custom, QStringLiteral("http://rest.iad-01.braze.com"));
    auto *check = child<QLabel>("endpointCheck");
    QVERIFY(!check->text().isEmpty());
    QVERIFY2(check->text().contains(QStringLiteral("https://")), qPrintable(check->text()));
    QVERIFY(!save->isEnabled());

    typeInto(custom, QStringLiteral("https://rest.iad-01.braze.com"));
    QVERIFY(check->text().isEmpty());
    QVERIFY(save->isEnabled());
}

void TestWorkspaceEditor::unknownHostNeedsConfirmationOnce()
{
    createWorkspace();
    child<QComboBox>("instance")->setCurrentIndex(0);
    typeInto(child<QLineEdit>("customEndpoint"), QStringLiteral("https://braze-proxy.example.org"));
    auto *confirm = child<QCheckBox>("confirmHost");
    auto *save = child<QPushButton>("save");
    QVERIFY(confirm->isVisible());
    QVERIFY(!save->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(5, confirm->height() / 2));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    // Once confirmed, the same host is not questioned again.
    const QString id = m_session->workspaces().workspaces().last().id;
    QCOMPARE(m_session->workspaces().workspace(id)->confirmedCustomHost, QStringLiteral("braze-proxy.example.org"));
    QVERIFY(!confirm->isVisible());
}

void TestWorkspaceEditor::malformedKeyIsRefusedWithAReason()
{
    createWorkspace();
    auto *key = child<QLineEdit>("apiKey");
    auto *check = child<QLabel>("keyCheck");
    QCOMPARE(key->echoMode(), QLineEdit::Password);   // masked until the user asks to see it
    QTest::mouseClick(child<QWidget>("showKey"), Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);

    typeInto(key, QStringLiteral("0f4c2a1e-8b7d 4c3a-9e21-5d6f7a8b9c0d"));
    QVERIFY(!check->text().isEmpty());
    QVERIFY2(check->text().contains(QStringLiteral("space")), qPrintable(check->text()));
    QVERIFY(!child<QPushButton>("save")->isEnabled());
    QCOMPARE(key->text(), QStringLiteral("0f4c2a1e-8b7d 4c3a-9e21-5d6f7a8b9c0d"));   // what was typed stays
}

void TestWorkspaceEditor::validEntrySavesAndSurvivesARestart()
{
    createWorkspace();
    typeInto(child<QLineEdit>("name"), QStringLiteral("Production EU"));
    child<QComboBox>("instance")->setCurrentIndex(child<QComboBox>("instance")->findText(QStringLiteral("EU-01"), Qt::MatchStartsWith));
    typeInto(child<QLineEdit>("appId"), QStringLiteral("3f2a9c1e-0000-4000-8000-123456789abc"));
    auto *save = child<QPushButton>("save");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!save->isEnabled());   // nothing left to save

    const QString id = m_session->workspaces().workspaces().last().id;
    ConsoleSession restarted(m_dir->filePath(QStringLiteral("workspaces.json")));
    QCOMPARE(restarted.start(), QString());
    const auto saved = restarted.workspaces().workspace(id);
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("Production EU"));
    QCOMPARE(saved->endpoint, QUrl(QStringLiteral("https://rest.fra-01.braze.eu")));
    QCOMPARE(saved->appId, QStringLiteral("3f2a9c1e-0000-4000-8000-123456789abc"));

    // Duplicate names are refused as you type.
    QTest::mouseClick(child<QPushButton>("newWorkspace"), Qt::LeftButton);
    typeInto(child<QLineEdit>("name"), QStringLiteral("production eu"));
    QVERIFY(!child<QLabel>("nameCheck")->text().isEmpty());
    QVERIFY(!save->isEnabled());
}

void TestWorkspaceEditor::overlongNotesBlockSaving()
{
    createWorkspace();
    auto *notes = child<QPlainTextEdit>("notes");
    notes->setFocus();
    notes->insertPlainText(QString(Workspace::MaxNotesLength + 1, QLatin1Char('n')));   // a paste
    QVERIFY(!child<QLabel>("notesCheck")->text().isEmpty());
    QVERIFY(child<QLabel>("notesCheck")->text().contains(QStringLiteral("100")));
    QVERIFY(!child<QPushButton>("save")->isEnabled());
    QTest::keyClick(notes, Qt::Key_Backspace);
    QVERIFY(child<QLabel>("notesCheck")->text().isEmpty());
    QVERIFY(child<QPushButton>("save")->isEnabled());
}

void TestWorkspaceEditor::failedSaveShowsRetryOnThePage()
{
    auto *bar = child<QWidget>("saveProblemBar");
    QVERIFY(!bar->isVisible());
    createWorkspace();   // a draft: nothing is written before Save
    QVERIFY(!bar->isVisible());
    {
        const DiskFullForThisProcess full(16);
        QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    }
    QVERIFY(bar->isVisible());
    QVERIFY2(child<QLabel>("saveProblem")->text().contains(QStringLiteral("workspaces.json")), qPrintable(child<QLabel>("saveProblem")->text()));

    QTest::mouseClick(child<QPushButton>("retrySave"), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QFile file(m_dir->filePath(QStringLiteral("workspaces.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("New workspace"));
}

QTEST_MAIN(TestWorkspaceEditor)
#include "tst_workspaceeditor.moc"
