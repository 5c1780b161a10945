#include "consolesession.h"
#include "core.h"
#include "shell/mainwindow.h"
#include "shell/preferencesdialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPair>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// Every page fits a 1280×800 screen in English, German and French: no scroll bar either way,
// no tab whose text is cut ("Events, Käufe, Gerä…"), no button or label squeezed below the
// size its text needs, and the page's bottom buttons within the window.
class TestLayoutFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPageFits_data();
    void everyPageFits();
    void messagesDoNotMoveFields_data();
    void messagesDoNotMoveFields();
    void dialogsFit_data();
    void dialogsFit();

private:
    QTemporaryDir m_dir;
};

namespace {

// A 1280×800 screen less the window's frame (borders, a title bar) and a desktop panel.
constexpr int ClientWidth = 1280 - 2 * 5;
constexpr int ClientHeight = 800 - 64;

// What a user would see cut off on a shown page: a squeezed tab bar, button or one-line label.
QStringList cutOff(QWidget *page)
{
    QStringList found;
    for (QTabBar *tabs : page->findChildren<QTabBar *>()) {
        // A tab bar on a page not shown yet (a looked-up profile) must not be able to cut its
        // titles either: then the page's minimum width, checked above, includes them.
        if (!tabs->isHidden() && (tabs->elideMode() != Qt::ElideNone || tabs->usesScrollButtons()))
            found << QStringLiteral("tabs \"%1\" may be elided or scrolled").arg(tabs->tabText(0));
        if (!tabs->isVisible())
            continue;
        // sizeHint() is the tabs' unelided width; a narrower bar elides or scrolls them.
        if (tabs->width() < tabs->sizeHint().width()) {
            QStringList names;
            for (int i = 0; i < tabs->count(); ++i)
                names << tabs->tabText(i);
            found << QStringLiteral("tabs \"%1\" need %2 px, have %3").arg(names.join(QStringLiteral(", "))).arg(tabs->sizeHint().width()).arg(tabs->width());
        }
    }
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
            found << QStringLiteral("button \"%1\" needs %2 px, has %3").arg(button->text()).arg(button->minimumSizeHint().width()).arg(button->width());
    }
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty() && label->width() < label->minimumSizeHint().width())
            found << QStringLiteral("label \"%1\" needs %2 px, has %3").arg(label->text()).arg(label->minimumSizeHint().width()).arg(label->width());
    }
    return found;
}

} // namespace

void TestLayoutFit::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestLayoutFit::cleanupTestCase()
{
    Console::useLanguage(QStringLiteral("en"));
}

void TestLayoutFit::everyPageFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestLayoutFit::everyPageFits()
{
    QFETCH(QString, language);
    QVERIFY(Console::useLanguage(language));
    ConsoleSession session(m_dir.filePath(language + QStringLiteral("/workspaces.json")));
    MainWindow window(session);
    window.resize(ClientWidth, ClientHeight);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(ClientWidth, ClientHeight));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList problems;
    int pages = 0;
    for (int row = 0; row < navigation->count(); ++row) {
        if (!(navigation->item(row)->flags() & Qt::ItemIsSelectable))
            continue;
        navigation->setCurrentRow(row);
        QCoreApplication::processEvents();
        auto *scroll = qobject_cast<QScrollArea *>(window.findChild<QStackedWidget *>()->currentWidget());
        QVERIFY(scroll);
        QWidget *page = scroll->widget();
        ++pages;
        const QString name = navigation->item(row)->text();
        const QSize minimum = page->minimumSizeHint().expandedTo(page->minimumSize());
        if (scroll->horizontalScrollBar()->isVisible() || minimum.width() > scroll->viewport()->width())
            problems << QStringLiteral("%1: needs %2 px wide, has %3").arg(name).arg(minimum.width()).arg(scroll->viewport()->width());
        // Nor up and down: wrapped text counts at the width it wraps to (height for width, which
        // QScrollArea measures with preferred heights, not minimum ones).
        const int high = std::max(minimum.height(), page->hasHeightForWidth() ? page->heightForWidth(scroll->viewport()->width()) : 0);
        if (scroll->verticalScrollBar()->isVisible() || high > scroll->viewport()->height())
            problems << QStringLiteral("%1: needs %2 px high, has %3").arg(name).arg(high).arg(scroll->viewport()->height());
        for (const QString &problem : cutOff(page))
            problems << name + QStringLiteral(": ") + problem;
    }
    QCOMPARE(pages, 9);
    // The webhook builder keeps its preview beside the editor where that fits (English), and
    // folds the editor into the preview's tabs where it does not.
    window.showPage(QStringLiteral("webhooks"));
    auto *rightTabs = window.findChild<QTabWidget *>(QStringLiteral("rightTabs"));
    QVERIFY(rightTabs);
    qInfo() << "webhook builder folded:" << (rightTabs->count() == 5);
    if (language == QLatin1String("en"))
        QCOMPARE(rightTabs->count(), 4);
    for (const QString &problem : std::as_const(problems))
        qInfo().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 layout problems in %2").arg(problems.size()).arg(language)));
}

// A message that appears beside a field (the look-up's "enter an identifier", a workspace's
// App ID, a partner setting, a workflow's parameter) keeps the widgets below it in place.
void TestLayoutFit::messagesDoNotMoveFields_data()
{
    QTest::addColumn<QString>("pageId");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("valid");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("look-up") << QStringLiteral("users") << -1 << QStringLiteral("lookupButton") << QString() << QString() << QStringLiteral("lookupProblem");
    QTest::newRow("workspace App ID") << QStringLiteral("workspaces") << -1 << QStringLiteral("appId") << QString() << QStringLiteral("not an id") << QStringLiteral("appIdCheck");
    QTest::newRow("partner setting") << QStringLiteral("quikly") << 1 << QStringLiteral("subscription_group_id") << QString() << QStringLiteral("not a group")
                                     << QStringLiteral("subscription_group_idProblem");
    QTest::newRow("workflow parameter") << QStringLiteral("quikly") << 3 << QStringLiteral("param_email") << QStringLiteral("anna@example.com") << QStringLiteral("not an address")
                                        << QStringLiteral("problem_email");
}

void TestLayoutFit::messagesDoNotMoveFields()
{
    QFETCH(QString, pageId);
    QFETCH(int, tab);
    QFETCH(QString, field);
    QFETCH(QString, valid);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    QVERIFY(Console::useLanguage(QStringLiteral("en")));
    ConsoleSession session(m_dir.filePath(QStringLiteral("messages/workspaces.json")));
    MainWindow window(session);
    window.resize(ClientWidth, ClientHeight);
    window.show();
    window.showPage(pageId);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWidget *page = window.pageWidget(pageId);
    if (tab >= 0)
        page->findChild<QTabWidget *>()->setCurrentIndex(tab);
    auto *problem = page->findChild<QLabel *>(message);
    auto *input = page->findChild<QWidget *>(field);
    QVERIFY(problem && input);
    const auto below = [page, problem] {
        QList<QPair<QWidget *, int>> positions;
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (w->isVisible() && w != problem && !problem->isAncestorOf(w) && w->mapTo(page, QPoint()).y() > problem->mapTo(page, QPoint()).y())
                positions.append({w, w->mapTo(page, QPoint()).y()});
        }
        return positions;
    };
    if (!valid.isEmpty())
        qobject_cast<QLineEdit *>(input)->setText(valid);
    QCoreApplication::processEvents();
    QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
    const auto before = below();
    QVERIFY(!before.isEmpty());
    if (auto *button = qobject_cast<QAbstractButton *>(input)) {
        button->click();   // nothing entered
    } else {
        auto *line = qobject_cast<QLineEdit *>(input);
        QVERIFY(line);
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, typed);
    }
    QTRY_VERIFY(!problem->text().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(below(), before);
}

void TestLayoutFit::dialogsFit_data()
{
    everyPageFits_data();
}

void TestLayoutFit::dialogsFit()
{
    QFETCH(QString, language);
    QVERIFY(Console::useLanguage(language));
    PreferencesDialog preferences;
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    QVERIFY(preferences.width() <= ClientWidth && preferences.height() <= ClientHeight);
    const QStringList problems = cutOff(&preferences);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLayoutFit)
#include "tst_layoutfit.moc"
