#include "braze/brazeclient.h"
#include "consolesession.h"
#include "braze/log/requestlogmodel.h"
#include "braze/permissions/permissionprobe.h"
#include "requestlog/requestcomparedialog.h"
#include "requestlog/requestlogpage.h"
#include "braze/requesthandle.h"
#include "sandbox/sandboxhost.h"
#include "workspaceconnection.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sandbox;

// "Send again" on the Request log page against the built-in sandbox: a write asks first and
// says what it changes, "Cancel" sends nothing, each confirmed replay reaches the sandbox exactly
// once as a new entry linked to the original, a read goes without a question, and the replay
// can be compared with the original side by side.
class TestRequestReplay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ConsoleSession *m_session = nullptr;
    RequestLogPage *m_page = nullptr;

    // Answers the next question box with the button labelled `button`; returns what it asked.
    QSharedPointer<QString> answerNextQuestion(const QString &button)
    {
        auto asked = QSharedPointer<QString>::create();
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, this, [poll, asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll->deleteLater();
            *asked = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton *candidate : box->buttons()) {
                if (candidate->text() == button) {
                    candidate->click();
                    return;
                }
            }
            box->reject();
        });
        poll->start();
        return asked;
    }

    // Sends a request the way another page would and returns its call id.
    quint64 sendThrough(const QByteArray &method, const QString &path, const QByteArray &body)
    {
        Braze::RequestHandle *handle = m_session->connection()->client().rawCall(method, path, body);
        const quint64 id = handle->callId();
        QSignalSpy done(handle, &Braze::RequestHandle::finished);
        if (!done.wait(10000))
            return 0;
        return id;
    }

    int entriesReplaying(quint64 callId) const
    {
        int count = 0;
        for (const Braze::RequestLogEntry &entry : m_session->requestLog().entries())
            count += entry.origin.replayOf == callId ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase()
    {
        m_session = new ConsoleSession(m_dir.filePath(QStringLiteral("workspaces.json")), this);
        QCOMPARE(m_session->start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->connection()->permissions().isRunning(), 10000);
        m_page = new RequestLogPage(&m_session->requestLog());
        m_page->setSession(m_session);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
    }

    void cleanupTestCase()
    {
        delete m_page;
    }

    void aWriteAsksFirstAndIsSentExactlyOnce()
    {
        const quint64 original = sendThrough("POST", QStringLiteral("/users/track"),
                                             R"({"attributes":[{"external_id":"replay-1","first_name":"Ada"}]})");
        QVERIFY(original);
        QVERIFY(m_page->selectCall(original));
        auto *sendAgain = m_page->findChild<QPushButton *>(QStringLiteral("sendAgain"));
        QVERIFY(sendAgain && sendAgain->isEnabled());

        QSignalSpy received(&m_session->sandbox(), &SandboxHost::requestHandled);
        const int rowsBefore = m_session->requestLog().rowCount();
        auto asked = answerNextQuestion(QStringLiteral("Cancel"));
        QVERIFY(!m_page->sendAgain(false));
        QVERIFY2(asked->contains(QLatin1String("POST /users/track")), qPrintable(*asked));
        QVERIFY2(asked->contains(QLatin1String("attribute objects: 1")), qPrintable(*asked));
        // Nothing went out: a read sent afterwards is the only request the sandbox sees.
        QVERIFY(sendThrough("GET", QStringLiteral("/segments/list"), {}));
        QCOMPARE(received.size(), 1);
        QCOMPARE(m_session->requestLog().rowCount(), rowsBefore + 1);

        QVERIFY(m_page->selectCall(original));
        received.clear();
        asked = answerNextQuestion(QStringLiteral("Send again"));
        QVERIFY(m_page->sendAgain(false));
        QTRY_COMPARE_WITH_TIMEOUT(entriesReplaying(original), 1, 10000);
        QCOMPARE(received.size(), 1);
        QVERIFY2(received.first().first().toString().contains(QLatin1String("/users/track")), qPrintable(received.first().first().toString()));
        const Braze::RequestLogEntry &replay = m_session->requestLog().entries().last();
        QCOMPARE(replay.origin.kind, Braze::RequestOrigin::Kind::Replay);
        QCOMPARE(replay.httpStatus, 201);
        QVERIFY(replay.callId != original);

        // The replay is selected once it is answered; "Compare" puts it next to the original.
        auto *compare = m_page->findChild<QPushButton *>(QStringLiteral("compare"));
        QTRY_VERIFY(compare->isEnabled());
        compare->click();
        auto *dialog = m_page->findChild<RequestCompareDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->differenceCount() >= 1); // at least the origin differs
        dialog->close();
    }

    void aReadIsSentAgainWithoutAQuestion()
    {
        const quint64 original = sendThrough("POST", QStringLiteral("/users/export/ids"), R"({"external_ids":["replay-1"]})");
        QVERIFY(original);
        QVERIFY(m_page->selectCall(original));
        QSignalSpy received(&m_session->sandbox(), &SandboxHost::requestHandled);
        const auto asked = answerNextQuestion(QStringLiteral("Cancel")); // a question would be answered "no"
        QVERIFY(m_page->sendAgain(false));
        QTRY_COMPARE_WITH_TIMEOUT(entriesReplaying(original), 1, 10000);
        QCOMPARE(received.size(), 1);
        QVERIFY(asked->isEmpty());
    }
};

QTEST_MAIN(TestRequestReplay)
#include "tst_requestreplay.moc"
