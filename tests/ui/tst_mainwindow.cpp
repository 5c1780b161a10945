#include "consolesession.h"
#include "shell/mainwindow.h"

#include <QTemporaryDir>

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void navigationListsEveryPage();
    void clickingAnEntryShowsItsPage();
};

void TestMainWindow::navigationListsEveryPage()
{
    QTemporaryDir dir;
    ConsoleSession session(dir.filePath(QStringLiteral("workspaces.json")));
    MainWindow window(session);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList titles;
    for (int row = 0; row < navigation->count(); ++row)
        titles << navigation->item(row)->text();
    for (const char *expected : {"Workspaces", "Quikly", "SmarterSends", "ActionIQ", "Outgrow",
                                 "Webhook templates", "Test users", "Request log"})
        QVERIFY2(titles.contains(QString::fromLatin1(expected)), expected);
}

void TestMainWindow::clickingAnEntryShowsItsPage()
{
    QTemporaryDir dir;
    ConsoleSession session(dir.filePath(QStringLiteral("workspaces.json")));
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPageId(), QStringLiteral("workspaces"));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    const auto items = navigation->findItems(QStringLiteral("Outgrow"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    const QRect rect = navigation->visualItemRect(items.first());
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.currentPageId(), QStringLiteral("outgrow"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
