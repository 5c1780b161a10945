// The webhook page's rehearsal tools driven as a marketer would: the Quikly preset previewed for
// the sandbox's users (who has no e-mail address, each user's request, two users side by side,
// Cancel), a delivery rehearsal against a receiver answering 503, 503, 200 (on a manual clock:
// Braze's waits take no real time), and a partner's cURL example imported as a template.
#include "../webhook/manualclock.h"

#include "braze/brazeclient.h"
#include "config/secretstore.h"
#include "config/workspacestore.h"
#include "consolesession.h"
#include "sandbox/apikeytable.h"
#include "sandbox/sandboxhost.h"
#include "webhook/audience/audiencepreview.h"
#include "webhook/audiencedialog.h"
#include "webhook/comparedialog.h"
#include "webhook/curlimportdialog.h"
#include "webhook/previewpane.h"
#include "webhook/previewscheduler.h"
#include "webhook/rehearsalpanel.h"
#include "webhook/secretreference.h"
#include "webhook/secretspanel.h"
#include "webhook/templatedocument.h"
#include "webhook/webhookpage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Webhook;
using namespace Config;
using namespace Sandbox;

class TestWebhookRehearsal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    SandboxHost m_sandbox;
    std::unique_ptr<Braze::BrazeClient> m_client;

    std::unique_ptr<WebhookPage> quiklyPage()
    {
        auto page = std::make_unique<WebhookPage>(*m_session, m_dir->filePath(QStringLiteral("templates")));
        page->setConfirmHook([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });
        page->scheduler()->setDelay(10);
        page->resize(1280, 800);
        page->show();
        page->setConnection(m_client.get(), true, m_sandbox.baseUrl());
        page->createFromPreset(QStringLiteral("quikly"));
        return page;
    }

    // BRAZE_CONSOLE_SCREENSHOTS=DIR (run under Xvfb with QT_QPA_PLATFORM=xcb): the README's pictures.
    // Every text a widget of `root` shows or tells a screen reader.
    static QString shownTexts(QWidget *root)
    {
        QStringList texts{root->windowTitle()};
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            texts << w->toolTip() << w->accessibleName() << w->accessibleDescription();
            if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
                texts << edit->toPlainText();
            else if (auto *line = qobject_cast<QLineEdit *>(w))
                texts << line->text() << line->displayText();
            else if (auto *label = qobject_cast<QLabel *>(w))
                texts << label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                texts << button->text();
        }
        return texts.join(QLatin1Char('\n'));
    }

    static void shoot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("BRAZE_CONSOLE_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);   // labels just filled in take their height
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        ConsoleSession::Options options;
        options.workspaceFile = m_dir->filePath(QStringLiteral("workspaces.json"));
        options.testUsersFile = m_dir->filePath(QStringLiteral("test-users.json"));
        options.startSandbox = false;
        m_session = std::make_unique<ConsoleSession>(options);
        QVERIFY(m_sandbox.startAndWait());
        Braze::ClientConfig config;
        config.baseUrl = m_sandbox.baseUrl();
        config.apiKey = QString::fromLatin1(ApiKeyTable::AllPermissionsKey);
        m_client = std::make_unique<Braze::BrazeClient>(config);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_sandbox.stop();
        m_session.reset();
    }

    void audiencePreviewNamesTheSandboxUsersWithoutEmail()
    {
        auto page = quiklyPage();
        QTest::mouseClick(child<QPushButton>(page.get(), "openAudience"), Qt::LeftButton);
        AudienceDialog *dialog = page->findChild<AudienceDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *source = child<QComboBox>(dialog, "audienceSource");
        QCOMPARE(source->currentData().toInt(), int(AudienceDialog::Source::SandboxUsers));
        QSignalSpy finished(dialog, &AudienceDialog::audienceFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "runAudience"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QStringList groups;
        for (int i = 0; i < dialog->summaryTree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *g = dialog->summaryTree()->topLevelItem(i);
            groups << g->text(0) + QLatin1Char('=') + g->text(1) + (g->childCount() ? QLatin1Char(':') + g->child(0)->text(0) : QString());
        }
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("200")), qPrintable(dialog->statusLabel()->text() + groups.join(QLatin1Char('|'))));

        // The demo workspace has five profiles without an e-mail address: named, one by one.
        QTreeWidgetItem *missing = dialog->findGroup(QStringLiteral("No value for ${email_address}"));
        QVERIFY(missing);
        QCOMPARE(missing->text(1), QStringLiteral("5"));
        QCOMPARE(missing->childCount(), 5);
        QVERIFY(dialog->findGroup(QStringLiteral("Would be sent")));
        QCOMPARE(dialog->findGroup(QStringLiteral("Would be sent"))->text(1), QStringLiteral("200"));
        QVERIFY(dialog->findGroup(QStringLiteral("email · {{${email_address}}}")));

        // A user opens the exact request, as the single preview shows it.
        dialog->summaryTree()->setCurrentItem(missing->child(0));
        QTRY_VERIFY(dialog->requestView()->requestText().startsWith(QStringLiteral("POST https://api.quikly.com/webhook/braze")));
        QVERIFY(dialog->requestView()->missingAttributes().contains(QStringLiteral("${email_address}")));
        dialog->resize(1280, 800);
        shoot(dialog, "webhook-audience");

        // Two users side by side: the e-mail line differs.
        QTreeWidgetItem *sent = dialog->findGroup(QStringLiteral("Would be sent"));
        dialog->summaryTree()->clearSelection();
        missing->child(0)->setSelected(true);
        sent->child(0)->setSelected(true);
        auto *compare = child<QPushButton>(dialog, "compareUsers");
        QVERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);
        CompareDialog *side = dialog->findChild<CompareDialog *>();
        QVERIFY(side);
        QTRY_VERIFY(side->summaryLabel()->text().contains(QStringLiteral("differ")));
        QVERIFY(!side->markedRightLines().isEmpty());
        const QStringList rightLines = side->rightView()->toPlainText().split(QLatin1Char('\n'));
        bool emailMarked = false;
        for (int line : side->markedRightLines())
            emailMarked = emailMarked || rightLines.value(line).contains(QStringLiteral("\"email\""));
        QVERIFY(emailMarked);
        side->resize(1280, 700);
        shoot(side, "webhook-compare");
    }

    void cancelStopsALongAudience()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200000; ++i)
            file.write(QStringLiteral("{\"external_id\": \"u%1\", \"email\": \"u%1@example.com\"}\n").arg(i).toUtf8());
        file.close();
        auto page = quiklyPage();
        AudienceDialog *dialog = page->openAudiencePreview();
        dialog->setUsersFile(path);
        QSignalSpy progressed(dialog->preview(), &AudiencePreview::progressed);
        QSignalSpy finished(dialog, &AudienceDialog::audienceFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "runAudience"), Qt::LeftButton);
        QVERIFY(dialog->progressBar()->isVisible());
        QVERIFY(progressed.wait(10000));
        QVERIFY(dialog->cancelButton()->isEnabled());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(dialog->statusLabel()->text().startsWith(QStringLiteral("Cancelled after")));
        QVERIFY(dialog->preview()->summary().users() < 200000);
    }

    void rehearsalShowsThreeAttemptsWithBrazesWaits()
    {
        ManualClock clock;   // outlives the page and its rehearsal
        auto page = quiklyPage();
        page->secretsPanel()->setValue(QStringLiteral("quikly/authorization"), QStringLiteral("rehearsal-secret"));
        RehearsalPanel *panel = page->rehearsalPanel();
        panel->setClock(&clock);
        auto *target = child<QComboBox>(panel, "rehearsalTarget");
        target->setCurrentIndex(1);
        auto *answers = child<QLineEdit>(panel, "rehearsalAnswers");
        QVERIFY(answers->isEnabled());
        answers->setFocus();
        QTest::keyClicks(answers, QStringLiteral("503, 503, 200"));
        QSignalSpy finished(panel, &RehearsalPanel::finished);
        QTest::mouseClick(child<QPushButton>(panel, "rehearseDelivery"), Qt::LeftButton);
        for (int attempt = 1; attempt <= 2; ++attempt) {
            QTRY_COMPARE_WITH_TIMEOUT(panel->timeline()->topLevelItemCount(), attempt, 10000);
            QCOMPARE(clock.nextDue(), clock.now() + (attempt == 1 ? 30000 : 60000));
            clock.advanceToNext();
        }
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(panel->timeline()->topLevelItemCount(), 3);
        QCOMPARE(panel->timeline()->topLevelItem(1)->text(0), QStringLiteral("0:30"));
        QCOMPARE(panel->timeline()->topLevelItem(2)->text(0), QStringLiteral("1:30"));
        QVERIFY(panel->timeline()->topLevelItem(0)->text(2).startsWith(QStringLiteral("HTTP 503")));
        QVERIFY(panel->timeline()->topLevelItem(2)->text(2).startsWith(QStringLiteral("HTTP 200")));
        QCOMPARE(panel->verdictText(), QStringLiteral("Delivered on the third attempt."));
        page->findChild<QTabWidget *>(QStringLiteral("rightTabs"))->setCurrentWidget(panel);
        shoot(page.get(), "webhook-rehearsal");
    }

    void curlExampleBecomesATemplateWithItsTokenInTheKeychain()
    {
        auto page = quiklyPage();
        QTest::mouseClick(child<QPushButton>(page.get(), "importCurl"), Qt::LeftButton);
        CurlImportDialog *dialog = page->findChild<CurlImportDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *command = child<QPlainTextEdit>(dialog, "curlCommand");
        command->setFocus();
        QTest::keyClicks(command, QStringLiteral("wget https://api.quikly.com/"));
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("not a cURL command")));
        command->selectAll();
        QTest::keyClicks(command, QStringLiteral("curl -X POST https://hooks.examplepartner.com/braze -H 'Authorization: Bearer qk_ui_42' "
                                                 "-H 'Content-Type: application/json' -d '{\"q_scope\": \"spring\"}'"));
        QVERIFY(dialog->createButton()->isEnabled());
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("examplepartner/authorization")));
        // The token is masked as soon as it is read: no widget shows it and Ctrl+Z cannot bring it back.
        QVERIFY2(!shownTexts(dialog).contains(QStringLiteral("qk_ui_42")), qPrintable(shownTexts(dialog)));
        QVERIFY(command->toPlainText().contains(QStringLiteral("Bearer ") + QString(8, QChar(0x2022)) + QLatin1Char('\'')));
        // Undo as far as it goes: no earlier state (an unclosed quote cannot be read) shows the token.
        for (int step = 0; step < 500 && command->document()->isUndoAvailable(); ++step) {
            command->undo();
            QVERIFY2(!command->toPlainText().contains(QStringLiteral("qk_ui_42")), qPrintable(command->toPlainText()));
        }
        command->selectAll();
        QTest::keyClicks(command, QStringLiteral("curl -X POST https://hooks.examplepartner.com/braze -H 'Authorization: Bearer qk_ui_42' "
                                                 "-H 'Content-Type: application/json' -d '{\"q_scope\": \"spring\"}'"));
        // Typing on after the mask still imports the real token (checked in the keychain below).
        QTest::keyClicks(command, QStringLiteral(" -s"));
        QVERIFY(dialog->createButton()->isEnabled());
        QVERIFY(!shownTexts(dialog).contains(QStringLiteral("qk_ui_42")));
        shoot(dialog, "webhook-curl-import");
        const QString before = page->document()->id();
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QTRY_VERIFY(page->document()->id() != before);
        QCOMPARE(page->document()->current().headerValue(QStringLiteral("Authorization")),
                 QStringLiteral("Bearer [[secret:examplepartner/authorization]]"));
        QCOMPARE(page->document()->current().rawBody, QStringLiteral("{\"q_scope\": \"spring\"}"));
        // The token went to the workspace's secret store, not into the template.
        std::optional<QString> stored;
        bool answered = false;
        m_session->secrets().read(SecretReference::keychainName(m_session->workspaces().current().id, QStringLiteral("examplepartner/authorization")),
                                  [&](std::optional<QString> value) {
                                      stored = value;
                                      answered = true;
                                  });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);   // without a keyring the store answers after its job timeout
        QCOMPARE(stored.value_or(QString()), QStringLiteral("qk_ui_42"));
    }

    void pastedBasicCredentialsAreMaskedBeforeCreate()
    {
        auto page = quiklyPage();
        QTest::mouseClick(child<QPushButton>(page.get(), "importCurl"), Qt::LeftButton);
        CurlImportDialog *dialog = page->findChild<CurlImportDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->setCommand(QStringLiteral("curl https://hooks.examplepartner.com/braze -u braze:pw_ui_7 -d a=1"));
        QVERIFY(dialog->createButton()->isEnabled());
        QVERIFY2(!shownTexts(dialog).contains(QStringLiteral("pw_ui_7")), qPrintable(shownTexts(dialog)));
        QCOMPARE(dialog->result().secretText, QStringLiteral("braze:pw_ui_7"));
        dialog->reject();
    }
};

QTEST_MAIN(TestWebhookRehearsal)
#include "tst_webhookrehearsal.moc"
