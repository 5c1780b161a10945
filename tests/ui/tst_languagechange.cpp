#include "consolesession.h"
#include "core.h"
#include "screentext.h"
#include "config/workspace.h"
#include "integrations/partnerconfigstore.h"
#include "integrations/partnerpage.h"
#include "integrations/partnersettingsform.h"
#include "integrations/workflowpanel.h"
#include "shell/mainwindow.h"
#include "users/testuserspage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>

#include <QListWidget>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Config;
using namespace Users;

// A change of language applies at once: the running window, switched German → French →
// English, shows exactly the texts of a window built in that language from the start.
class TestLanguageChange : public QObject
{
    Q_OBJECT

private slots:
    void switchesWithoutRestart();
    void keepsWhatWasTyped();
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

// Typing that is not saved yet survives a change of language: a Quikly setting, a workflow's
// parameter, the look-up and a looked-up profile's attribute on Test users, the tabs in front.
void TestLanguageChange::keepsWhatWasTyped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(Integrations::PartnerConfigStore().filePath(Workspace::sandboxId()));
    QVERIFY(Console::useLanguage(QStringLiteral("en")));
    ConsoleSession::Options options;
    options.workspaceFile = dir.filePath(QStringLiteral("workspaces.json"));
    options.testUsersFile = dir.filePath(QStringLiteral("test-users.json"));
    ConsoleSession session(options);
    QVERIFY(session.start().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(session.connection(), 10000);
    MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    const auto child = [&window]<typename T>(const QString &page, const QString &name, T *) {
        return window.pageWidget(page)->findChild<T *>(name);
    };
    const auto type = [](QLineEdit *field, const QString &text) {
        field->selectAll();
        QTest::keyClicks(field, text);
    };

    // Quikly › Settings: a group ID typed, not saved.
    window.showPage(QStringLiteral("quikly"));
    auto *quikly = qobject_cast<PartnerPage *>(window.pageWidget(QStringLiteral("quikly")));
    QVERIFY(quikly);
    const QString group = QStringLiteral("0b0e7c1d-2f3a-4b5c-8d9e-0f1a2b3c4d5e");
    type(child(QStringLiteral("quikly"), QStringLiteral("subscription_group_id"), static_cast<QLineEdit *>(nullptr)), group);
    QVERIFY(quikly->settings()->values() != quikly->settings()->savedValues());
    // Quikly › Workflows: the second workflow, its first parameter typed.
    quikly->tabs()->setCurrentIndex(3);
    auto *choice = child(QStringLiteral("quikly"), QStringLiteral("workflowChoice"), static_cast<QComboBox *>(nullptr));
    choice->setCurrentIndex(1);
    auto *param = quikly->workflows()->findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^param_"))).value(0);
    QVERIFY(param);
    const QString paramName = param->objectName();
    type(param, QStringLiteral("typed@example.com"));

    // Test users: a profile looked up, an attribute being typed.
    window.showPage(QStringLiteral("users"));
    type(child(QStringLiteral("users"), QStringLiteral("lookupValue"), static_cast<QLineEdit *>(nullptr)), QStringLiteral("user_0001"));
    child(QStringLiteral("users"), QStringLiteral("lookupButton"), static_cast<QPushButton *>(nullptr))->click();
    auto *users = qobject_cast<TestUsersPage *>(window.pageWidget(QStringLiteral("users")));
    QTRY_VERIFY_WITH_TIMEOUT(!users->profile().isNull(), 10000);
    const QString title = child(QStringLiteral("users"), QStringLiteral("profileTitle"), static_cast<QLabel *>(nullptr))->text();
    auto *attribute = child(QStringLiteral("users"), QStringLiteral("attributeName"), static_cast<QComboBox *>(nullptr));
    QVERIFY(attribute && attribute->lineEdit());
    type(attribute->lineEdit(), QStringLiteral("favourite_colour"));

    QVERIFY(Console::useLanguage(QStringLiteral("de")));
    QTRY_VERIFY(window.pageWidget(QStringLiteral("users")) != users);   // built again, in German
    QCOMPARE(window.currentPageId(), QStringLiteral("users"));
    auto *germanQuikly = qobject_cast<PartnerPage *>(window.pageWidget(QStringLiteral("quikly")));
    QCOMPARE(germanQuikly->tabs()->tabText(1), QStringLiteral("Einstellungen"));
    QCOMPARE(child(QStringLiteral("quikly"), QStringLiteral("subscription_group_id"), static_cast<QLineEdit *>(nullptr))->text(), group);
    QVERIFY(germanQuikly->settings()->values() != germanQuikly->settings()->savedValues());   // still to be saved
    QCOMPARE(germanQuikly->tabs()->currentIndex(), 3);
    QCOMPARE(child(QStringLiteral("quikly"), QStringLiteral("workflowChoice"), static_cast<QComboBox *>(nullptr))->currentIndex(), 1);
    QCOMPARE(child(QStringLiteral("quikly"), paramName, static_cast<QLineEdit *>(nullptr))->text(), QStringLiteral("typed@example.com"));
    QCOMPARE(child(QStringLiteral("users"), QStringLiteral("lookupValue"), static_cast<QLineEdit *>(nullptr))->text(), QStringLiteral("user_0001"));
    QCOMPARE(child(QStringLiteral("users"), QStringLiteral("profileTitle"), static_cast<QLabel *>(nullptr))->text(), title);
    QCOMPARE(child(QStringLiteral("users"), QStringLiteral("attributeName"), static_cast<QComboBox *>(nullptr))->currentText(), QStringLiteral("favourite_colour"));
    QVERIFY(Console::useLanguage(QStringLiteral("en")));
    QFile::remove(Integrations::PartnerConfigStore().filePath(Workspace::sandboxId()));
}

QTEST_MAIN(TestLanguageChange)
#include "tst_languagechange.moc"
