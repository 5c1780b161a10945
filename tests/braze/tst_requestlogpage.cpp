#include "braze/log/redactor.h"
#include "braze/log/requestlogmodel.h"
#include "requestlog/requestlogpage.h"
#include "shell/announcer.h"
#include "shell/keyboardscheme.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Braze;

namespace {

const QByteArray Key = "9a8b7c6d-2222-4e7b-9c2d-feedfacecafe";

RequestLogEntry entry(const QString &workspace, const QString &path, int status, const QByteArray &responseBody)
{
    Redactor redactor;
    redactor.setApiKey(Key);
    RequestLogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.workspace = workspace;
    e.method = "POST";
    e.url = QStringLiteral("http://127.0.0.1:9/") + path.mid(1);
    e.httpStatus = status;
    e.requestHeaders = redactor.redactHeaders({{"Authorization", "Bearer " + Key}, {"Content-Type", "application/json"}}, {});
    e.requestBody = "{\"attributes\":[]}";
    e.responseBody = responseBody;
    e.carriesApiKey = true;
    return e;
}

} // namespace

// What a user does on the Request log page: narrow the list, pick a row, read it, copy it.
class TestRequestLogPage : public QObject
{
    Q_OBJECT

private slots:
    void filterSelectAndCopyWithoutKey()
    {
        RequestLogModel log;
        log.append(entry(QStringLiteral("Prod"), QStringLiteral("/users/track"), 201, "{\"message\":\"success\",\"attributes_processed\":1}"));
        log.append(entry(QStringLiteral("Prod"), QStringLiteral("/users/export/ids"), 403, "{\"message\":\"Access Denied\"}"));
        log.append(entry(QStringLiteral("Staging"), QStringLiteral("/users/track"), 429, "{\"message\":\"Rate Limited\"}"));
        RequestLogPage page(&log);
        page.setApiKeyProvider([](const QString &) { return QString::fromLatin1(Key); });
        page.show();

        auto *table = page.findChild<QTableView *>(QStringLiteral("requestTable"));
        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        auto *workspace = page.findChild<QComboBox *>(QStringLiteral("workspaceFilter"));
        auto *detail = page.findChild<QPlainTextEdit *>(QStringLiteral("requestDetail"));
        auto *copy = page.findChild<QPushButton *>(QStringLiteral("copyCurl"));
        auto *includeKey = page.findChild<QCheckBox *>(QStringLiteral("includeKey"));
        QVERIFY(table && status && workspace && detail && copy && includeKey);
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(!copy->isEnabled());

        status->setCurrentIndex(status->findData(QStringLiteral("4xx")));
        QCOMPARE(table->model()->rowCount(), 2);
        workspace->setCurrentIndex(workspace->findData(QStringLiteral("Prod")));
        QCOMPARE(table->model()->rowCount(), 1);

        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(copy->isEnabled());
        QVERIFY(detail->toPlainText().contains(QLatin1String("\"message\": \"Access Denied\""))); // pretty-printed
        QVERIFY(!detail->toPlainText().contains(QString::fromLatin1(Key)));

        // "Copied" is shown and read out to screen readers once: one alert, which carries it.
        Announcer::Spy screenReader;
        QTest::mouseClick(copy, Qt::LeftButton);
        auto *note = page.findChild<QLabel *>(QStringLiteral("logStatus"));
        QVERIFY(note);
        QVERIFY2(note->text().startsWith(QLatin1String("Copied.")), qPrintable(note->text()));
        QCOMPARE(screenReader.alerts().size(), 1);
        QVERIFY2(screenReader.alerts().constFirst().startsWith(QLatin1String("Copied.")), qPrintable(screenReader.alerts().join(QLatin1Char('|'))));
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QLatin1String("$BRAZE_API_KEY")), qPrintable(copied));
        QVERIFY(copied.contains(QLatin1String("/users/export/ids")));
        QVERIFY(!copied.contains(QString::fromLatin1(Key)));

        includeKey->setChecked(true);
        QVERIFY(page.curlForSelection().contains(QString::fromLatin1(Key)));
    }

    // "Show in the request log" from a workflow step: the exchange is selected even when the
    // filters hide it.
    void selectCallShowsTheExchangeThroughFilters()
    {
        RequestLogModel log;
        RequestLogEntry track = entry(QStringLiteral("Prod"), QStringLiteral("/users/track"), 201, "{\"message\":\"success\"}");
        track.callId = 7;
        RequestLogEntry denied = entry(QStringLiteral("Prod"), QStringLiteral("/users/export/ids"), 403, "{\"message\":\"Access Denied\"}");
        denied.callId = 8;
        log.append(track);
        log.append(denied);
        RequestLogPage page(&log);
        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        auto *detail = page.findChild<QPlainTextEdit *>(QStringLiteral("requestDetail"));
        status->setCurrentIndex(status->findData(QStringLiteral("4xx")));

        QVERIFY(page.selectCall(7));
        QCOMPARE(status->currentData().toString(), QString());   // the filter that hid it is cleared
        QVERIFY2(detail->toPlainText().contains(QLatin1String("/users/track")), qPrintable(detail->toPlainText()));
        QVERIFY(!page.selectCall(99));
    }

    // A marketer opens the log after a failed workflow step: the start-up permission check is
    // out of the way, Ctrl+F finds the step by a word of its response, the filters combine and
    // the page says how many requests match.
    void searchFiltersAndPermissionChecks()
    {
        RequestLogModel log;
        for (const QString &path : {QStringLiteral("/segments/list"), QStringLiteral("/users/delete"), QStringLiteral("/messages/send")}) {
            RequestLogEntry check = entry(QStringLiteral("Sandbox"), path, 401, "{\"message\":\"Invalid API key\"}");
            check.origin.kind = RequestOrigin::Kind::PermissionCheck;
            check.callId = 100 + quint64(log.rowCount());
            log.append(check);
        }
        RequestLogEntry failed = entry(QStringLiteral("Sandbox"), QStringLiteral("/users/track"), 400,
                                       "{\"errors\":[{\"type\":\"'phone' must be E.164\"}]}");
        failed.origin = RequestOrigin::workflow(QStringLiteral("Quikly · SMS sign-up"), 3, QStringLiteral("Track the phone number"));
        log.append(failed);
        RequestLogEntry earlier = entry(QStringLiteral("Sandbox"), QStringLiteral("/users/track"), 201, "{\"message\":\"success\"}");
        earlier.time = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        log.append(earlier);

        RequestLogPage page(&log);
        KeyboardScheme::install(&page);   // the console's keys (Ctrl+F), as the main window gives every page
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("requestTable"));
        auto *toggle = page.findChild<QCheckBox *>(QStringLiteral("showPermissionChecks"));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("logSearch"));
        auto *time = page.findChild<QComboBox *>(QStringLiteral("timeFilter"));
        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        auto *count = page.findChild<QLabel *>(QStringLiteral("matchCount"));
        QVERIFY(table && toggle && search && time && status && count);

        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(toggle->isVisible());
        // (English plurals come from the English catalogue when it is loaded: "request(s)" without it.)
        QVERIFY2(toggle->text().startsWith(QLatin1String("Show permission check")) && toggle->text().endsWith(QLatin1String("(3)")),
                 qPrintable(toggle->text()));
        QVERIFY(!toggle->isChecked());
        QVERIFY2(count->text().startsWith(QLatin1String("2 request")), qPrintable(count->text()));
        toggle->click();
        QCOMPARE(table->model()->rowCount(), 5);
        QCOMPARE(table->model()->index(0, RequestLogModel::OriginColumn).data().toString(), QStringLiteral("Permission check (harmless)"));
        toggle->click();

        table->setFocus();
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("e.164"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY2(count->text().startsWith(QLatin1String("1 of 2 request")), qPrintable(count->text()));
        QVERIFY(table->model()->index(0, RequestLogModel::OriginColumn).data().toString().contains(QLatin1String("step 3")));

        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        time->setCurrentIndex(time->findData(60)); // last hour
        QCOMPARE(table->model()->rowCount(), 1);
        status->setCurrentIndex(status->findData(QStringLiteral("2xx")));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY2(count->text().startsWith(QLatin1String("0 of 2 request")), qPrintable(count->text()));
        time->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 1);

        // A permission check asked for by id shows through the toggle.
        QVERIFY(page.selectCall(100));
        QVERIFY(toggle->isChecked());
        QCOMPARE(status->currentIndex(), 0);
    }
};

QTEST_MAIN(TestRequestLogPage)
#include "tst_requestlogpage.moc"
