#include "braze/endpoints.h"
#include "braze/log/requestlogmodel.h"
#include "braze/permissions/permissionprobe.h"
#include "composer/bodycheck.h"
#include "composer/composerpage.h"
#include "composer/composerstore.h"
#include "config/workspacestore.h"
#include "consolesession.h"
#include "messageboxanswer.h"
#include "requestlog/requestlogpage.h"
#include "sandbox/apikeytable.h"
#include "sandbox/sandboxhost.h"
#include "workspaceconnection.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Config;
using namespace Sandbox;

// The Request composer against the built-in sandbox, driven through its widgets: choosing an
// endpoint fills Braze's example, a broken body says where, the permission hint follows the
// active key, a composed users/track reaches the sandbox exactly once, and the draft and the
// favourites come back after a restart.
class TestComposerPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ComposerPage> m_page;

    ConsoleSession::Options options() const
    {
        ConsoleSession::Options options;
        options.workspaceFile = m_dir.filePath(QStringLiteral("workspaces.json"));
        options.testUsersFile = m_dir.filePath(QStringLiteral("test-users.json"));
        options.composerFile = m_dir.filePath(QStringLiteral("composer.json"));
        return options;
    }

    bool startConsole()
    {
        m_session = std::make_unique<ConsoleSession>(options());
        if (!m_session->start().isEmpty())
            return false;
        if (!QTest::qWaitFor([this] { return m_session->connection() && !m_session->connection()->permissions().isRunning(); }, 10000))
            return false;
        m_page = std::make_unique<ComposerPage>(*m_session);
        m_page->resize(1050, 700);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get());
    }

    void stopConsole()
    {
        m_page.reset();
        m_session.reset();
    }

    template<typename T> T *child(const char *name) const { return m_page->findChild<T *>(QLatin1String(name)); }

    // Types into the picker's search field and clicks the first endpoint it shows.
    void pickByClick(const QString &search)
    {
        auto *field = child<QLineEdit>("endpointSearch");
        field->clear();
        QTest::keyClicks(field, search);
        auto *list = child<QTreeWidget>("endpointList");
        QVERIFY(list->topLevelItemCount() > 0);
        QTreeWidgetItem *row = list->topLevelItem(0)->child(0);
        QVERIFY(row);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
    }

    void setBody(const QString &text)
    {
        auto *body = child<QPlainTextEdit>("bodyEditor");
        body->selectAll();
        QTest::keyClick(body, Qt::Key_Delete);
        body->insertPlainText(text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(startConsole());
    }

    void cleanupTestCase() { stopConsole(); }

    void choosingAnEndpointFillsBrazesExample()
    {
        pickByClick(QStringLiteral("users/track"));
        QCOMPARE(child<QComboBox>("method")->currentText(), QStringLiteral("POST"));
        QCOMPARE(child<QLineEdit>("path")->text(), QStringLiteral("/users/track"));
        const QString body = child<QPlainTextEdit>("bodyEditor")->toPlainText();
        QCOMPARE(QJsonDocument::fromJson(body.toUtf8()), QJsonDocument::fromJson(Braze::endpointInfo(Braze::Endpoint::UsersTrack).exampleBody));
        QVERIFY2(body.contains(QLatin1Char('\n')), "the example is pretty-printed");
        QVERIFY2(m_page->bodyFindings().isEmpty(), qPrintable(m_page->bodyFindings().join(QLatin1Char('\n'))));

        // A GET's example goes into the query parameters, and the body is empty.
        pickByClick(QStringLiteral("campaigns/list"));
        QCOMPARE(child<QComboBox>("method")->currentText(), QStringLiteral("GET"));
        QCOMPARE(child<QPlainTextEdit>("bodyEditor")->toPlainText(), QString());
        auto *query = child<QTableWidget>("queryTable");
        QCOMPARE(query->rowCount(), 3);
        QCOMPARE(query->item(0, 0)->text(), QStringLiteral("page"));
        QCOMPARE(query->item(0, 1)->text(), QStringLiteral("0"));

        // The previous body is one Ctrl+Z away.
        pickByClick(QStringLiteral("users/track"));
        setBody(QStringLiteral("{\"attributes\": []}"));
        pickByClick(QStringLiteral("users/alias/new"));
        QVERIFY(child<QPlainTextEdit>("bodyEditor")->toPlainText().contains(QLatin1String("user_aliases")));
        QTest::keySequence(child<QPlainTextEdit>("bodyEditor"), QKeySequence::Undo);
        QCOMPARE(child<QPlainTextEdit>("bodyEditor")->toPlainText(), QStringLiteral("{\"attributes\": []}"));
    }

    // What the picker fills in is what Braze documents, and the composer's checks accept it.
    void everyDocumentedExamplePassesTheChecks()
    {
        int examples = 0;
        for (const Braze::EndpointInfo &endpoint : Braze::allEndpoints()) {
            if (endpoint.exampleBody.isEmpty())
                continue;
            ++examples;
            const ComposedRequest example = ComposedRequest::fromEndpoint(endpoint);
            QVERIFY2(QJsonDocument::fromJson(example.body.toUtf8()) == QJsonDocument::fromJson(endpoint.exampleBody), endpoint.path.toUtf8());
            QStringList findings;
            for (const BodyCheck::Finding &finding : BodyCheck::check(endpoint, endpoint.method, example.body))
                findings.append(BodyCheck::describe(finding));
            QVERIFY2(findings.isEmpty(), qPrintable(endpoint.path + QStringLiteral(": ") + findings.join(QStringLiteral("; "))));
        }
        QVERIFY(examples > 30);
    }

    void aBrokenBodySaysWhere()
    {
        child<QLineEdit>("endpointSearch")->clear();
        QVERIFY(m_page->chooseEndpoint(Braze::Endpoint::UsersTrack));
        setBody(QStringLiteral("{\n  \"attributes\": [\n    {\"external_id\": \"ann\" \"first_name\": \"Ann\"}\n  ]\n}"));
        QStringList findings = m_page->bodyFindings();
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().startsWith(QLatin1String("Line 3, column 28: ")), qPrintable(findings.first()));
        QSignalSpy received(&m_session->sandbox(), &SandboxHost::requestHandled);
        QVERIFY(!m_page->send());
        QVERIFY(!received.wait(200));

        // A value Braze refuses is shown where it is.
        setBody(QStringLiteral("{\n  \"attributes\": [\n    {\"external_id\": \"ann\", \"phone\": \"0151 1234567\"}\n  ]\n}"));
        findings = m_page->bodyFindings();
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().startsWith(QLatin1String("Line 3, column 37: ")), qPrintable(findings.first()));

        // A name Braze refuses is shown at the name, not at its value.
        const QString reserved = QStringLiteral(R"({"attributes": [{"external_id": "ann", "$score": 1}]})");
        setBody(reserved);
        findings = m_page->bodyFindings();
        QCOMPARE(findings.size(), 1);
        const QString at = QStringLiteral("Line 1, column %1: ").arg(reserved.indexOf(QLatin1String("\"$score\"")) + 1);
        QVERIFY2(findings.first().startsWith(at), qPrintable(findings.first()));
    }

    void thePermissionHintFollowsTheKey()
    {
        child<QLineEdit>("endpointSearch")->clear();
        QVERIFY(m_page->chooseEndpoint(Braze::Endpoint::SegmentsList));
        QVERIFY2(m_page->permissionHint().contains(QStringLiteral("segments.list: the API key of “Sandbox” has it")), qPrintable(m_page->permissionHint()));

        Workspace sandbox = m_session->workspaces().current();
        sandbox.sandboxKey = QString::fromLatin1(ApiKeyTable::QuiklyKey);
        m_session->workspaces().update(sandbox);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->permissionHint().contains(QLatin1String("lacks it")), 10000);

        // Sending asks first and says why; Cancel sends nothing.
        QSignalSpy received(&m_session->sandbox(), &SandboxHost::requestHandled);
        QString asked;
        std::unique_ptr<QTimer> answer(answerNextMessageBox(QMessageBox::Cancel, &asked));
        QVERIFY(!m_page->send());
        QCOMPARE(answer->property("answered").toInt(), 1);
        QVERIFY2(asked.contains(QLatin1String("GET /segments/list")), qPrintable(asked));
        QVERIFY(!received.wait(200));

        QVERIFY(m_page->chooseEndpoint(Braze::Endpoint::UsersTrack));
        QVERIFY2(m_page->permissionHint().contains(QStringLiteral("users.track: the API key of “Sandbox” has it")), qPrintable(m_page->permissionHint()));
        sandbox.sandboxKey = QString::fromLatin1(ApiKeyTable::AllPermissionsKey);
        m_session->workspaces().update(sandbox);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection() && !m_session->connection()->permissions().isRunning(), 10000);
    }

    void aComposedUsersTrackReachesTheSandboxOnce()
    {
        child<QLineEdit>("endpointSearch")->clear();
        QVERIFY(m_page->chooseEndpoint(Braze::Endpoint::UsersTrack));
        setBody(QStringLiteral(R"({"attributes": [{"external_id": "composer-1", "first_name": "Ada"}]})"));
        QSignalSpy received(&m_session->sandbox(), &SandboxHost::requestHandled);
        const qsizetype before = m_session->requestLog().entries().size();
        child<QPushButton>("sendRequest")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("sendRequest")->isEnabled(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->requestLog().entries().size(), before + 1, 10000);
        const Braze::RequestLogEntry &entry = m_session->requestLog().entries().last();
        QCOMPARE(entry.origin.kind, Braze::RequestOrigin::Kind::Composer);
        QCOMPARE(entry.url.section(QLatin1Char('/'), 3), QStringLiteral("users/track"));
        QCOMPARE(entry.httpStatus, 201);
        QVERIFY(!received.wait(300));
        QCOMPARE(received.size(), 1);
        QVERIFY2(child<QLabel>("responseStatus")->text().startsWith(QLatin1String("Answer 201")), qPrintable(child<QLabel>("responseStatus")->text()));
        QVERIFY(child<QPlainTextEdit>("responseBody")->toPlainText().contains(QLatin1String("\"message\": \"success\"")));
    }

    // Cancel stops a call that is still waiting for its answer, and the page is ready to send again.
    void cancelStopsACallInFlight()
    {
        QNetworkAccessManager network;
        const auto setLatency = [&](int ms) {
            QNetworkRequest request(QUrl(m_session->workspaces().current().endpoint.toString() + QStringLiteral("/_sandbox/faults")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            QNetworkReply *reply = network.post(request, QByteArray("{\"latency_ms\":") + QByteArray::number(ms) + '}');
            QSignalSpy done(reply, &QNetworkReply::finished);
            const bool answered = done.wait(5000) && reply->error() == QNetworkReply::NoError;
            reply->deleteLater();
            return answered;
        };
        QVERIFY(setLatency(5000));
        child<QLineEdit>("endpointSearch")->clear();
        QVERIFY(m_page->chooseEndpoint(Braze::Endpoint::SegmentsList));
        auto *send = child<QPushButton>("sendRequest");
        auto *cancel = child<QPushButton>("cancelSend");
        QVERIFY(!cancel->isEnabled());
        send->click();
        QVERIFY(cancel->isEnabled());
        QVERIFY(!send->isEnabled());
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 3000);   // long before the sandbox's 5 s answer
        QVERIFY(!cancel->isEnabled());
        QVERIFY2(child<QLabel>("responseStatus")->text().contains(QLatin1String("cancelled")), qPrintable(child<QLabel>("responseStatus")->text()));
        QVERIFY(setLatency(0));
    }

    void aLoggedRequestOpensInTheComposer()
    {
        RequestLogPage log(&m_session->requestLog());
        connect(&log, &RequestLogPage::openInComposerRequested, m_page.get(), &ComposerPage::openLogEntry);
        quint64 composed = 0;
        for (const Braze::RequestLogEntry &entry : m_session->requestLog().entries()) {
            if (entry.origin.kind == Braze::RequestOrigin::Kind::Composer && entry.url.endsWith(QLatin1String("/users/track")))
                composed = entry.callId;
        }
        QVERIFY(log.selectCall(composed));
        setBody(QString());
        child<QLineEdit>("path")->clear();
        log.findChild<QPushButton *>(QStringLiteral("openInComposer"))->click();
        QCOMPARE(child<QLineEdit>("path")->text(), QStringLiteral("/users/track"));
        QVERIFY(child<QPlainTextEdit>("bodyEditor")->toPlainText().contains(QLatin1String("composer-1")));
    }

    void draftsAndFavouritesSurviveARestart()
    {
        child<QLineEdit>("endpointSearch")->clear();
        QVERIFY(m_page->chooseEndpoint(Braze::Endpoint::UsersTrack));
        setBody(QStringLiteral(R"({"events": [{"external_id": "fav", "name": "quiz_done"}]})"));
        m_page->saveAsFavourite(QStringLiteral("Quiz done"));
        setBody(QStringLiteral("{\"attributes\": [{\"external_id\": \"draft\", \"unfinished"));
        const ComposedRequest typed = m_page->request();

        stopConsole();
        QVERIFY(startConsole());
        QCOMPARE(m_page->request(), typed);
        auto *favourites = child<QListWidget>("favouriteList");
        QCOMPARE(favourites->count(), 1);
        QCOMPARE(favourites->item(0)->text(), QStringLiteral("Quiz done"));
        QTest::mouseClick(favourites->viewport(), Qt::LeftButton, {}, favourites->visualItemRect(favourites->item(0)).center());
        QVERIFY(child<QPlainTextEdit>("bodyEditor")->toPlainText().contains(QLatin1String("quiz_done")));
    }
};

QTEST_MAIN(TestComposerPage)
#include "tst_composerpage.moc"
