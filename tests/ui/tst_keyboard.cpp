#include "consolesession.h"
#include "help/userguidewindow.h"
#include "messageboxanswer.h"
#include "braze/log/requestlogentry.h"
#include "braze/log/requestlogmodel.h"
#include "requestlog/requestlogpage.h"
#include "shell/announcer.h"
#include "shell/mainwindow.h"
#include "shell/preferencesdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDialogButtonBox>
#include <QSet>
#include <QListWidget>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// The console by keyboard and for screen readers: Ctrl+1 … Ctrl+8 open the pages in the
// navigation's order, each page's keys reach its controls (Ctrl+Return, Ctrl+S, Ctrl+F), F1
// opens the user guide at the page's section, and every control the Tab key reaches has a name a screen reader can say.
class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void numbersOpenThePages();
    void pageKeysReachTheirControls();
    void f1ExplainsThePage();
    void everyFocusableControlHasAName();
    void tabFollowsReadingOrder();
    void dialogButtonsHaveMnemonics();
    void resultsAreReadOutOnce();

private:
    QWidget *page(const QString &id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

const QStringList PagesInOrder{QStringLiteral("workspaces"), QStringLiteral("quikly"), QStringLiteral("smartersends"),
                               QStringLiteral("actioniq"), QStringLiteral("outgrow"), QStringLiteral("webhooks"),
                               QStringLiteral("users"), QStringLiteral("requestlog"), QStringLiteral("composer")};

QString describe(const QWidget *w)
{
    QString text;
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return QStringLiteral("%1 \"%2\" %3 in %4").arg(QLatin1String(w->metaObject()->className()), w->objectName(), text,
                                                   w->parentWidget() ? QLatin1String(w->parentWidget()->metaObject()->className()) : QLatin1String("-"));
}

// The controls Tab reaches on `page`, in the order it reaches them.
QList<QWidget *> tabChain(QWidget *window, QWidget *page)
{
    QList<QWidget *> chain;
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() && !w->focusProxy())
            chain << w;
    }
    return chain;
}

// True when `next` comes before `previous` in reading order: on an earlier line of the same or
// an earlier column, or on the same line further left. A new column to the right may start higher.
bool readsBefore(const QRect &next, const QRect &previous)
{
    const QRect b = next.adjusted(3, 3, -3, -3);
    const QRect a = previous.adjusted(3, 3, -3, -3);
    const bool above = b.bottom() < a.top();
    const bool sameLine = b.top() <= a.bottom() && b.bottom() >= a.top();
    return (above && b.left() < a.right()) || (sameLine && b.right() < a.left());
}

} // namespace

void TestKeyboard::init()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);   // the webhook library of the tests, not the user's
    m_session = std::make_unique<ConsoleSession>(m_dir.filePath(QStringLiteral("workspaces.json")));
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->resize(1270, 736);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKeyboard::cleanup()
{
    m_window.reset();
    m_session.reset();
}

QWidget *TestKeyboard::page(const QString &id) const
{
    auto *scroll = m_window->findChild<QScrollArea *>(id);
    return scroll ? scroll->widget() : nullptr;
}

void TestKeyboard::numbersOpenThePages()
{
    // In reverse, so each key has to change the page.
    for (int n = int(PagesInOrder.size()); n >= 1; --n) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_0 + n), Qt::ControlModifier);
        QCOMPARE(m_window->currentPageId(), PagesInOrder.at(n - 1));
    }
}

void TestKeyboard::pageKeysReachTheirControls()
{
    struct Expectation
    {
        QString page;
        QKeySequence keys;
        QString control;
    };
    const QList<Expectation> expectations{
        {QStringLiteral("quikly"), QKeySequence(Qt::CTRL | Qt::Key_Return), QStringLiteral("runWorkflow")},
        {QStringLiteral("users"), QKeySequence(Qt::CTRL | Qt::Key_Return), QStringLiteral("lookupButton")},
        {QStringLiteral("webhooks"), QKeySequence(Qt::CTRL | Qt::Key_Return), QStringLiteral("sendTest")},
        {QStringLiteral("users"), QKeySequence::Find, QStringLiteral("lookupValue")},
        {QStringLiteral("requestlog"), QKeySequence::Find, QStringLiteral("logSearch")},
        {QStringLiteral("webhooks"), QKeySequence::Find, QStringLiteral("templateSearch")},
        {QStringLiteral("composer"), QKeySequence::Find, QStringLiteral("endpointSearch")},
        {QStringLiteral("composer"), QKeySequence(Qt::CTRL | Qt::Key_Return), QStringLiteral("sendRequest")},
        {QStringLiteral("webhooks"), QKeySequence::Save, QStringLiteral("saveTemplate")},
    };
    // A template open in the webhook editor, so it has something to save.
    m_window->showPage(QStringLiteral("webhooks"));
    page(QStringLiteral("webhooks"))->findChild<QAbstractButton *>(QStringLiteral("newTemplate"))->click();
    QTRY_VERIFY(page(QStringLiteral("webhooks"))->findChild<QWidget *>(QStringLiteral("saveTemplate"))->isEnabled());
    for (const Expectation &expected : expectations) {
        m_window->showPage(expected.page);
        QWidget *target = page(expected.page)->findChild<QWidget *>(expected.control);
        QVERIFY2(target, qPrintable(expected.control));
        // The focus elsewhere (on the navigation), as after Ctrl+1 … Ctrl+8.
        m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->setFocus();
        if (auto *button = qobject_cast<QAbstractButton *>(target)) {
            button->setEnabled(true);   // the key's reach is tested, not the page's rules for the button
            QSignalSpy clicked(button, &QAbstractButton::clicked);
            QTest::keySequence(m_window.get(), expected.keys);
            QVERIFY2(clicked.wait(1000) || clicked.count() == 1, qPrintable(expected.page + QLatin1Char(' ') + expected.control));
            QVERIFY(button->isVisible());   // its tab was brought to the front
        } else {
            QTest::keySequence(m_window.get(), expected.keys);
            QTRY_VERIFY2(target->hasFocus(), qPrintable(expected.page + QLatin1Char(' ') + expected.control));
        }
    }
}

void TestKeyboard::f1ExplainsThePage()
{
    // F1 opens the user guide at the page's section (tst_help checks the sections in three languages).
    for (const QString &id : {QStringLiteral("users"), QStringLiteral("quikly")}) {
        m_window->showPage(id);
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        auto *guide = m_window->findChild<UserGuideWindow *>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        QCOMPARE(guide->currentAnchor(), id == QLatin1String("users") ? QStringLiteral("test-users") : QStringLiteral("partner-integrations"));
        guide->close();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
}

void TestKeyboard::everyFocusableControlHasAName()
{
    QStringList unnamed;
    int controls = 0;
    for (const QString &id : PagesInOrder) {
        m_window->showPage(id);
        QCoreApplication::processEvents();
        for (QWidget *w : page(id)->findChildren<QWidget *>()) {
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(page(id)) || w->focusProxy())
                continue;
            ++controls;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << id + QStringLiteral(": ") + describe(w);
        }
    }
    QVERIFY2(controls > 60, qPrintable(QString::number(controls)));
    for (const QString &control : std::as_const(unnamed))
        qInfo().noquote() << control;
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 of %2 controls have no accessible name").arg(unnamed.size()).arg(controls)));
}

// Tab moves through each page as it reads, top to bottom and left to right, on every tab of it.
void TestKeyboard::tabFollowsReadingOrder()
{
    QStringList breaks;
    int steps = 0;
    for (const QString &id : PagesInOrder) {
        m_window->showPage(id);
        QWidget *root = page(id);
        const auto check = [&](const QString &where) {
            QCoreApplication::processEvents();
            const QList<QWidget *> chain = tabChain(m_window.get(), root);
            for (qsizetype i = 1; i < chain.size(); ++i) {
                ++steps;
                const QRect previous(chain.at(i - 1)->mapTo(root, QPoint()), chain.at(i - 1)->size());
                const QRect next(chain.at(i)->mapTo(root, QPoint()), chain.at(i)->size());
                if (readsBefore(next, previous))
                    breaks << QStringLiteral("%1: %2 at %3,%4 → %5 at %6,%7")
                                  .arg(where, describe(chain.at(i - 1)))
                                  .arg(previous.x())
                                  .arg(previous.y())
                                  .arg(describe(chain.at(i)))
                                  .arg(next.x())
                                  .arg(next.y());
            }
        };
        check(id);
        for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int index = 0; index < tabs->count(); ++index) {
                tabs->setCurrentIndex(index);
                check(id + QLatin1Char('/') + tabs->tabText(index));
            }
            tabs->setCurrentIndex(0);
        }
    }
    QVERIFY2(steps > 60, qPrintable(QString::number(steps)));
    for (const QString &step : std::as_const(breaks))
        qInfo().noquote() << step;
    QVERIFY2(breaks.isEmpty(), qPrintable(QStringLiteral("%1 of %2 Tab steps go against reading order").arg(breaks.size()).arg(steps)));
}

// Alt+letter reaches every button of a dialog, each with its own letter.
void TestKeyboard::dialogButtonsHaveMnemonics()
{
    PreferencesDialog preferences(m_window.get());
    preferences.show();
    QMessageBox question(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window.get());
    question.show();
    for (QWidget *dialog : {static_cast<QWidget *>(&preferences), static_cast<QWidget *>(&question)}) {
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QSet<QChar> letters;
        const QList<QAbstractButton *> buttons = dialog->findChild<QDialogButtonBox *>()->buttons();
        QVERIFY(buttons.size() >= 2);
        for (const QAbstractButton *button : buttons) {
            const qsizetype amp = button->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < button->text().size(), qPrintable(button->text()));
            const QChar letter = button->text().at(amp + 1).toLower();
            QVERIFY2(!letters.contains(letter), qPrintable(button->text()));
            letters.insert(letter);
        }
    }
}

// What a screen reader hears when a result appears where the focus is not: one alert per result,
// carrying its text ("Copied." once, not from the page and again from the status bar), and a
// field's message when it appears.
void TestKeyboard::resultsAreReadOutOnce()
{
    Braze::RequestLogEntry entry;
    entry.callId = 4242;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.workspace = QStringLiteral("Sandbox");
    entry.method = "POST";
    entry.url = QStringLiteral("http://127.0.0.1:9/users/track");
    entry.httpStatus = 201;
    entry.requestBody = "{\"attributes\":[]}";
    m_session->requestLog().append(entry);
    m_window->showPage(QStringLiteral("requestlog"));
    auto *log = qobject_cast<RequestLogPage *>(page(QStringLiteral("requestlog")));
    QVERIFY(log);
    QVERIFY(log->selectCall(4242));
    Announcer::Spy screenReader;
    log->findChild<QAbstractButton *>(QStringLiteral("copyCurl"))->click();
    QCOMPARE(screenReader.alerts().size(), 1);
    QVERIFY2(screenReader.alerts().constFirst().startsWith(QLatin1String("Copied.")), qPrintable(screenReader.alerts().constFirst()));

    // A look-up without an identifier: the message under the field is read out as it appears.
    screenReader.clear();
    m_window->showPage(QStringLiteral("users"));
    page(QStringLiteral("users"))->findChild<QAbstractButton *>(QStringLiteral("lookupButton"))->click();
    QCOMPARE(screenReader.alerts().size(), 1);
    QVERIFY2(screenReader.alerts().constFirst().contains(QLatin1String("external ID")), qPrintable(screenReader.alerts().constFirst()));
    QCOMPARE(screenReader.heard().constLast().source.data(), page(QStringLiteral("users"))->findChild<QObject *>(QStringLiteral("lookupProblem")));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
