#include "consolesession.h"
#include "core.h"
#include "screentext.h"
#include "shell/mainwindow.h"

#include <QListWidget>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A change of language applies at once: the running window, switched German → French →
// English, shows exactly the texts of a window built in that language from the start.
class TestLanguageChange : public QObject
{
    Q_OBJECT

private slots:
    void switchesWithoutRestart();
};

namespace {

QSet<QString> texts(QWidget *window)
{
    QSet<QString> all;
    for (const ScreenText &text : ScreenTexts::collect(window))
        all.insert(text.text);
    return all;
}

// The navigation's entries, which differ in every language.
QString navigationTexts(QWidget *window)
{
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QStringList texts;
    for (int row = 0; row < navigation->count(); ++row)
        texts << navigation->item(row)->text();
    return texts.join(QLatin1Char('|'));
}

} // namespace

void TestLanguageChange::switchesWithoutRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStandardPaths::setTestModeEnabled(true);   // the webhook library of the tests, not the user's
    QVERIFY(Console::useLanguage(QStringLiteral("en")));
    ConsoleSession session(dir.filePath(QStringLiteral("workspaces.json")));
    MainWindow window(session);
    window.show();
    window.showPage(QStringLiteral("users"));
    const QString english = navigationTexts(&window);
    const QSet<QString> englishTexts = texts(&window);

    QString previous = english;
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")}) {
        QVERIFY(Console::useLanguage(language));
        QTRY_VERIFY2(navigationTexts(&window) != previous, qPrintable(language));
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        previous = navigationTexts(&window);
        QCOMPARE(window.currentPageId(), QStringLiteral("users"));   // the page the user was on

        MainWindow fresh(session);
        fresh.show();
        fresh.showPage(QStringLiteral("users"));
        // Previews render in the background: both windows settle first.
        QTRY_VERIFY(texts(&window) == texts(&fresh));
        const QSet<QString> switched = texts(&window);
        const QSet<QString> expected = texts(&fresh);
        QStringList missing = QSet<QString>(expected).subtract(switched).values();
        QStringList stale = QSet<QString>(switched).subtract(expected).values();
        missing.sort();
        stale.sort();
        QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                 qPrintable(QStringLiteral("%1: still shown: %2\nnot shown: %3").arg(language, stale.join(QLatin1String(" | ")), missing.join(QLatin1String(" | ")))));
        if (language != QLatin1String("en"))
            QVERIFY(switched != englishTexts);
    }
    QCOMPARE(navigationTexts(&window), english);
}

QTEST_MAIN(TestLanguageChange)
#include "tst_languagechange.moc"
