#include "config/appsettings.h"
#include "consolesession.h"
#include "core.h"
#include "help/userguidewindow.h"
#include "integrations/partnerpage.h"
#include "integrations/workflowpanel.h"
#include "shell/mainwindow.h"

#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolTip>

using namespace Config;

// Help as a new user meets it: "Start here" at the first start until dismissed and from the Help
// menu, the user guide opened by F1 at the page's section in English, German and French, its
// search, the partners' documentation links and the jargon explained on hover.
class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void startHereAtFirstStartUntilDismissed();
    void startHereButtonsGoToTheirPlace();
    void f1OpensTheGuideAtThePagesSection_data();
    void f1OpensTheGuideAtThePagesSection();
    void guideSearchFindsATerm();
    void partnerPageLinksItsDocumentation();
    void jargonIsExplainedOnHover();

private:
    std::unique_ptr<MainWindow> openWindow();
    QAction *helpAction(const QString &text) const;
    QWidget *page(const QString &id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);   // the tests' own preferences, not the user's
    // The console's names, as Console::initialise sets them: QSettings refuses to save without an organisation.
    QCoreApplication::setOrganizationName(QStringLiteral("braze-console"));
    QCoreApplication::setApplicationName(QStringLiteral("braze-console"));
    // The preferences' folder, as the console's first start leaves it (the workspaces are saved there).
    QVERIFY(QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QLatin1Char('/')
                          + QCoreApplication::organizationName()));
    QVERIFY(Console::useLanguage(QStringLiteral("en")));
    m_session = std::make_unique<ConsoleSession>(m_dir.filePath(QStringLiteral("workspaces.json")));
}

void TestHelp::cleanup()
{
    m_window.reset();
    Console::useLanguage(QStringLiteral("en"));
}

std::unique_ptr<MainWindow> TestHelp::openWindow()
{
    auto window = std::make_unique<MainWindow>(*m_session);
    window->resize(1280, 760);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the main window did not become active");
    return window;
}

QAction *TestHelp::helpAction(const QString &text) const
{
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

QWidget *TestHelp::page(const QString &id) const
{
    auto *scroll = m_window->findChild<QScrollArea *>(id);
    return scroll ? scroll->widget() : nullptr;
}

void TestHelp::startHereAtFirstStartUntilDismissed()
{
    AppSettings settings;
    settings.setStartHereDismissed(false);
    const QString problem = settings.saveProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    m_window = openWindow();
    m_window->showStartHereUnlessDismissed();
    QCOMPARE(m_window->currentPageId(), QStringLiteral("starthere"));
    QVERIFY(page(QStringLiteral("starthere"))->isVisible());
    // Shown again at the next start: only dismissing it ends that.
    m_window = openWindow();
    m_window->showStartHereUnlessDismissed();
    QCOMPARE(m_window->currentPageId(), QStringLiteral("starthere"));

    auto *dismiss = page(QStringLiteral("starthere"))->findChild<QPushButton *>(QStringLiteral("startDismiss"));
    QVERIFY(dismiss);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("workspaces"));
    QVERIFY(AppSettings().startHereDismissed());

    m_window = openWindow();
    m_window->showStartHereUnlessDismissed();
    QCOMPARE(m_window->currentPageId(), QStringLiteral("workspaces"));

    // Help › Start here brings it back whenever asked.
    QAction *startHere = helpAction(QStringLiteral("&Start here"));
    QVERIFY(startHere);
    startHere->trigger();
    QCOMPARE(m_window->currentPageId(), QStringLiteral("starthere"));
    QVERIFY(page(QStringLiteral("starthere"))->isVisible());
    QVERIFY(AppSettings().startHereDismissed());
}

void TestHelp::startHereButtonsGoToTheirPlace()
{
    m_window = openWindow();
    const QList<std::pair<QString, QString>> buttons{
        {QStringLiteral("startWorkspaces"), QStringLiteral("workspaces")},
        {QStringLiteral("startSettings"), QStringLiteral("quikly")},
        {QStringLiteral("startWebhooks"), QStringLiteral("webhooks")},
        {QStringLiteral("startWorkflows"), QStringLiteral("quikly")},
        {QStringLiteral("startUsers"), QStringLiteral("users")},
    };
    for (const auto &[button, pageId] : buttons) {
        m_window->showStartHere();
        auto *go = page(QStringLiteral("starthere"))->findChild<QPushButton *>(button);
        QVERIFY2(go, qPrintable(button));
        QTest::mouseClick(go, Qt::LeftButton);
        QCOMPARE(m_window->currentPageId(), pageId);
        if (button == QLatin1String("startWorkflows")) {
            auto *partner = qobject_cast<PartnerPage *>(page(pageId));
            QCOMPARE(partner->tabs()->currentWidget(), static_cast<QWidget *>(partner->workflows()));
        }
    }
}

void TestHelp::f1OpensTheGuideAtThePagesSection_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("usersHeading");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Test users");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Testnutzer:innen");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Utilisateurs de test");
}

void TestHelp::f1OpensTheGuideAtThePagesSection()
{
    QFETCH(QString, language);
    QFETCH(QString, usersHeading);
    QVERIFY(Console::useLanguage(language));
    m_window = openWindow();
    const QList<std::pair<QString, QString>> pages{
        {QStringLiteral("users"), QStringLiteral("test-users")},
        {QStringLiteral("outgrow"), QStringLiteral("partner-integrations")},
        {QStringLiteral("workspaces"), QStringLiteral("workspaces")},
    };
    for (const auto &[pageId, anchor] : pages) {
        m_window->showPage(pageId);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        auto *guide = m_window->findChild<UserGuideWindow *>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        QCOMPARE(guide->guide().language(), language);
        QCOMPARE(guide->currentAnchor(), anchor);
        if (pageId == QLatin1String("users")) {
            // The heading at the top of the text is the page's, in the user's language.
            auto *text = guide->findChild<QTextBrowser *>(QStringLiteral("guideText"));
            const QTextBlock top = text->cursorForPosition(QPoint(5, 5)).block();
            QVERIFY2(top.text().startsWith(usersHeading), qPrintable(top.text()));
        }
        guide->close();
    }
}

void TestHelp::guideSearchFindsATerm()
{
    m_window = openWindow();
    m_window->showPage(QStringLiteral("workspaces"));
    UserGuideWindow *guide = m_window->showUserGuide();
    auto *search = guide->findChild<QLineEdit *>(QStringLiteral("guideSearch"));
    auto *contents = guide->findChild<QListWidget *>(QStringLiteral("guideContents"));
    auto *matches = guide->findChild<QLabel *>(QStringLiteral("guideMatches"));
    auto *text = guide->findChild<QTextBrowser *>(QStringLiteral("guideText"));
    const int allSections = contents->count();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("double opt-in"));
    // The contents list only the sections that mention it, the first occurrence is selected.
    QVERIFY(contents->count() > 0);
    QVERIFY(contents->count() < allSections);
    QVERIFY2(matches->text().startsWith(QLatin1String("In ")), qPrintable(matches->text()));
    QCOMPARE(text->textCursor().selectedText().toLower(), QStringLiteral("double opt-in"));
    const int first = text->textCursor().position();
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(text->textCursor().position() > first);   // Enter goes to the next occurrence
    QCOMPARE(text->textCursor().selectedText().toLower(), QStringLiteral("double opt-in"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("xylophone"));
    QCOMPARE(contents->count(), 0);
    QCOMPARE(matches->text(), QStringLiteral("Not in the guide."));
    search->clear();
    QCOMPARE(contents->count(), allSections);
}

void TestHelp::partnerPageLinksItsDocumentation()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        QVERIFY(Console::useLanguage(language));
        m_window = openWindow();
        m_window->showPage(QStringLiteral("outgrow"));
        auto *links = page(QStringLiteral("outgrow"))->findChild<QLabel *>(QStringLiteral("documentationLinks"));
        QVERIFY(links);
        QVERIFY(links->isVisible());
        QVERIFY(links->openExternalLinks());
        const QString html = links->text();
        QVERIFY2(html.contains(QLatin1String("href=\"https://support.outgrow.co/docs/configuring-native-integration-between-outgrow-braze\"")), qPrintable(html));
        const QString braze = language == QLatin1String("de") ? QStringLiteral("https://www.braze.com/docs/de/partners/outgrow/")
                                                              : QStringLiteral("https://www.braze.com/docs/partners/outgrow/");
        QVERIFY2(html.contains(QStringLiteral("href=\"%1\"").arg(braze)), qPrintable(html));
        QVERIFY2(html.contains(language == QLatin1String("de") ? QLatin1String("Dokumentation") : QLatin1String("Documentation")), qPrintable(html));
        auto *quikly = page(QStringLiteral("quikly"))->findChild<QLabel *>(QStringLiteral("documentationLinks"));
        QVERIFY(quikly->text().contains(QLatin1String("https://www.quikly.com")));
    }
}

void TestHelp::jargonIsExplainedOnHover()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QVERIFY(Console::useLanguage(language));
        m_window = openWindow();
        m_window->showPage(QStringLiteral("quikly"));
        qobject_cast<PartnerPage *>(page(QStringLiteral("quikly")))->showSettingsTab();
        // The label of the SMS subscription group ID field, as the page shows it.
        QLabel *label = nullptr;
        const QString term = language == QLatin1String("fr") ? QStringLiteral("groupe d'abonnement") : QStringLiteral("subscription group");
        for (QLabel *candidate : page(QStringLiteral("quikly"))->findChildren<QLabel *>()) {
            if (candidate->isVisible() && candidate->toolTip().isEmpty() && candidate->text().contains(term, Qt::CaseInsensitive)
                && candidate->text().size() < 60)
                label = candidate;
        }
        QVERIFY2(label, qPrintable(language));
        const QPoint centre = label->rect().center();
        QHelpEvent hover(QEvent::ToolTip, centre, label->mapToGlobal(centre));
        QApplication::sendEvent(label, &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString expected = language == QLatin1String("fr") ? QStringLiteral("Audience › Abonnements") : QStringLiteral("Audience › Subscriptions");
        QVERIFY2(QToolTip::text().contains(expected), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
