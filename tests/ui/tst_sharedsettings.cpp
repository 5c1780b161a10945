#include "braze/log/requestlogmodel.h"
#include "config/workspace.h"
#include "consolesession.h"
#include "integrations/partnerconfigstore.h"
#include "integrations/partnerpage.h"
#include "integrations/partnersettingsform.h"
#include "integrations/workflowpanel.h"
#include "integrations/workflowrunner.h"
#include "sandbox/sandboxhost.h"
#include "shell/mainwindow.h"
#include "users/attributeeditor.h"
#include "users/attributetype.h"
#include "users/testuserspage.h"
#include "webhook/keyvaluetable.h"
#include "webhook/previewpane.h"
#include "webhook/secretspanel.h"
#include "webhook/templatedocument.h"
#include "webhook/templateeditor.h"
#include "webhook/webhookpage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Config;
using namespace Users;
using namespace Sandbox;

// Issue 11: one value, every page. A setting saved on a partner's Settings tab is what the Test
// users page and the webhook builder offer at once; Copy says so in the status bar; typed values
// are checked as they are typed, with the message at the field and the fields kept in place.
class TestSharedSettings : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *SandboxGroup = "5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01";   // quikly.json's sandbox value

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    PartnerPage *partnerPage(const QString &id) const
    {
        for (PartnerPage *page : m_window->findChildren<PartnerPage *>()) {
            if (page->partner().id == id)
                return page;
        }
        return nullptr;
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    // Saves one Quikly setting the way a marketer does: type it, click Save.
    void saveQuiklySetting(const QString &fieldId, const QString &value)
    {
        PartnerSettingsForm *form = partnerPage(QStringLiteral("quikly"))->settings();
        typeInto(qobject_cast<QLineEdit *>(form->editor(fieldId)), value);
        auto *save = form->findChild<QPushButton *>(QStringLiteral("saveSettings"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(form->savedValues().value(fieldId).toString(), value);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // Nothing saved for the sandbox workspace yet: its partners start from the demo IDs.
        QFile::remove(Integrations::PartnerConfigStore().filePath(Workspace::sandboxId()));
        ConsoleSession::Options options;
        options.workspaceFile = m_dir.filePath(QStringLiteral("workspaces.json"));
        options.testUsersFile = m_dir.filePath(QStringLiteral("test-users.json"));
        m_session = std::make_unique<ConsoleSession>(options);
        QVERIFY(m_session->start().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection(), 10000);
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        QFile::remove(Integrations::PartnerConfigStore().filePath(Workspace::sandboxId()));
    }

    // Test users › Subscription offers the groups the partner settings name, labelled with where
    // they are set, and follows a Save on Quikly › Settings at once.
    void testUsersOfferTheWorkspacesSubscriptionGroups()
    {
        auto *groups = m_window->findChild<TestUsersPage *>()->findChild<QComboBox *>(QStringLiteral("subscriptionGroup"));
        QVERIFY(groups);
        const int demo = groups->findData(QString::fromLatin1(SandboxGroup));
        QVERIFY2(demo >= 0, "the sandbox's Quikly group is not offered");
        QVERIFY2(groups->itemText(demo).contains(QStringLiteral("Quikly › SMS subscription group ID")), qPrintable(groups->itemText(demo)));
        // The open list shows every label whole, however narrow the field.
        QVERIFY2(groups->view()->minimumWidth() >= groups->view()->sizeHintForColumn(0), qPrintable(groups->itemText(demo)));
        QCOMPARE(groups->view()->textElideMode(), Qt::ElideNone);

        const QString group = QStringLiteral("0b0e7c1d-2f3a-4b5c-8d9e-0f1a2b3c4d5e");
        saveQuiklySetting(QStringLiteral("subscription_group_id"), group);
        QTRY_VERIFY(groups->findData(group) >= 0);
        QCOMPARE(groups->findData(QString::fromLatin1(SandboxGroup)), -1);
        groups->setCurrentIndex(groups->findData(group));
        QCOMPARE(groups->currentData().toString(), group);
    }

    // The Quikly webhook preset, opened from Quikly › Workflows, refers to the q_scope saved on
    // Quikly › Settings instead of copying it: the builder shows the reference and its saved value,
    // the preview the value, and a later change on Quikly › Settings reaches the existing template.
    void webhookPresetFollowsTheSavedScope()
    {
        saveQuiklySetting(QStringLiteral("q_scope"), QStringLiteral("summer-sale-2026"));
        WorkflowPanel *workflows = partnerPage(QStringLiteral("quikly"))->workflows();
        workflows->selectWorkflow(QStringLiteral("quikly.webhook-preset"));
        QTest::mouseClick(workflows->findChild<QPushButton *>(QStringLiteral("runWorkflow")), Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("webhooks"));
        auto *webhooks = m_window->findChild<WebhookPage *>();
        QTRY_VERIFY(webhooks->document());
        const QList<Webhook::KeyValueRow> pairs = webhooks->document()->current().pairs;
        QVERIFY(!pairs.isEmpty());
        QCOMPARE(pairs.first().key, QStringLiteral("q_scope"));
        QCOMPARE(pairs.first().value, QStringLiteral("[[setting:quikly/q_scope]]"));
        QCOMPARE(webhooks->editor()->pairsTable()->table()->item(0, 1)->text(), QStringLiteral("[[setting:quikly/q_scope]]"));
        auto *shown = webhooks->secretsPanel()->findChild<QLineEdit *>(QStringLiteral("setting:quikly/q_scope"));
        QVERIFY(shown);
        QVERIFY(shown->isReadOnly());
        QCOMPARE(shown->text(), QStringLiteral("summer-sale-2026"));
        QTRY_VERIFY2(webhooks->previewPane()->bodyText().contains(QLatin1String("\"q_scope\": \"summer-sale-2026\"")),
                     qPrintable(webhooks->previewPane()->bodyText()));

        saveQuiklySetting(QStringLiteral("q_scope"), QStringLiteral("autumn-2026"));
        QTRY_VERIFY2(webhooks->previewPane()->bodyText().contains(QLatin1String("\"q_scope\": \"autumn-2026\"")),
                     qPrintable(webhooks->previewPane()->bodyText()));
        shown = webhooks->secretsPanel()->findChild<QLineEdit *>(QStringLiteral("setting:quikly/q_scope"));
        QVERIFY(shown);
        QCOMPARE(shown->text(), QStringLiteral("autumn-2026"));
        QCOMPARE(webhooks->document()->current().pairs.first().value, QStringLiteral("[[setting:quikly/q_scope]]"));
        QCOMPARE(webhooks->resolvedTemplate().pairs.first().value, QStringLiteral("autumn-2026"));
    }

    // Every Copy says what it did in the status bar: the webhook preview's two, the request log's
    // three (the hand-off sheet's is in tst_integrationjourney).
    void everyCopyConfirmsInTheStatusBar()
    {
        auto *webhooks = m_window->findChild<WebhookPage *>();
        m_window->showPage(QStringLiteral("webhooks"));
        QVERIFY(!webhooks->createFromPreset(QStringLiteral("quikly")).isEmpty());
        auto *copyRequest = webhooks->findChild<QPushButton *>(QStringLiteral("copyRequest"));
        auto *copyBody = webhooks->findChild<QPushButton *>(QStringLiteral("copyBody"));
        QVERIFY(copyRequest && copyBody);
        QTRY_VERIFY(copyBody->isEnabled());
        m_window->statusBar()->clearMessage();
        QTest::mouseClick(copyRequest, Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().startsWith(QLatin1String("POST https://api.quikly.com/webhook/braze")));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Request copied to the clipboard, partner secrets masked."));
        QTest::mouseClick(copyBody, Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("\"q_scope\"")));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Request body copied to the clipboard."));

        Braze::RequestLogEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.workspace = QStringLiteral("Built-in sandbox");
        entry.method = "POST";
        entry.url = m_session->sandbox().baseUrl().toString() + QStringLiteral("/users/track");
        entry.httpStatus = 201;
        entry.requestBody = "{\"attributes\":[]}";
        entry.responseBody = "{\"message\":\"success\"}";
        m_session->requestLog().append(entry);
        m_window->showPage(QStringLiteral("requestlog"));
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("requestTable"));
        QTRY_VERIFY(table->model()->rowCount() > 0);
        const int last = table->model()->rowCount() - 1;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(last, 0)).center());
        for (const char *button : {"copyCurl", "copyHttpie", "copyResponse"}) {
            m_window->statusBar()->clearMessage();
            QApplication::clipboard()->clear();
            QTest::mouseClick(m_window->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
            QVERIFY2(!QApplication::clipboard()->text().isEmpty(), button);
            QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("opied")), button);
        }
    }

    // A workflow parameter that does not fit its type says why under the field as it is typed,
    // and the field below stays where it was.
    void workflowParametersAreCheckedAsTyped()
    {
        m_window->showPage(QStringLiteral("actioniq"));
        WorkflowPanel *workflows = partnerPage(QStringLiteral("actioniq"))->workflows();
        workflows->selectWorkflow(QStringLiteral("actioniq.event-forward"));
        QLineEdit *time = workflows->parameterEditor(QStringLiteral("time"));
        QLineEdit *properties = workflows->parameterEditor(QStringLiteral("properties"));
        auto *message = workflows->findChild<QLabel *>(QStringLiteral("problem_time"));
        QVERIFY(time && properties && message);
        const QPoint below = properties->mapTo(workflows, QPoint());
        QVERIFY(message->text().isEmpty());
        typeInto(time, QStringLiteral("next tuesday"));
        QVERIFY2(!message->text().isEmpty(), "no message under the time field");
        QVERIFY(!workflows->findChild<QPushButton *>(QStringLiteral("runWorkflow"))->isEnabled());
        QCOMPARE(properties->mapTo(workflows, QPoint()), below);
        typeInto(time, QStringLiteral("2026-05-01T09:00:00Z"));
        QVERIFY(message->text().isEmpty());
    }

    // Test users › Attribute: a number attribute's value is checked at each keystroke.
    void attributeValuesAreCheckedAsTyped()
    {
        AttributeEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *type = editor.findChild<QComboBox *>(QStringLiteral("valueType"));
        auto *value = editor.findChild<QLineEdit *>(QStringLiteral("valueText"));
        auto *message = editor.findChild<QLabel *>(QStringLiteral("valueProblem"));
        QVERIFY(type && value && message);
        type->setCurrentIndex(type->findData(int(AttributeType::Number)));
        const int height = editor.sizeHint().height();
        QTest::keyClicks(value, QStringLiteral("eighty"));
        QVERIFY2(message->text().contains(QLatin1String("not a number")), qPrintable(message->text()));
        QCOMPARE(editor.sizeHint().height(), height);
        value->clear();
        QTest::keyClicks(value, QStringLiteral("80"));
        QVERIFY(message->text().isEmpty());
        type->setCurrentIndex(type->findData(int(AttributeType::Boolean)));
        QVERIFY(!message->text().isEmpty());
    }
};

QTEST_MAIN(TestSharedSettings)
#include "tst_sharedsettings.moc"
