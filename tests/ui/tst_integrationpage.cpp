#include "braze/brazeclient.h"
#include "braze/log/requestlogmodel.h"
#include "braze/permissions/permissionprobe.h"
#include "config/workspace.h"
#include "integrations/handoffview.h"
#include "integrations/partnerloader.h"
#include "integrations/partnerpage.h"
#include "integrations/partnersettingsform.h"
#include "integrations/requirementsview.h"
#include "integrations/stepregistry.h"
#include "integrations/workflowpanel.h"
#include "integrations/workflowrunner.h"
#include "sandbox/apikeytable.h"
#include "sandbox/sandboxhost.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Integrations;
using namespace Config;
using namespace Sandbox;
using namespace Users;

// The Quikly page driven like a marketer would: check the key, fill in the sandbox IDs, save,
// run the e-mail acquisition and read the verdict and the request of a step; cancel a long wait.
class TestIntegrationPage : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_sandbox;
    QTemporaryDir m_settings;
    Braze::RequestLogModel m_log;
    Braze::BrazeClient *m_client = nullptr;
    Braze::PermissionProbe *m_probe = nullptr;
    PartnerPage *m_page = nullptr;
    QStringList m_navigation;

    PartnerDescription quikly()
    {
        return PartnerLoader(StepRegistry::standard()).loadEmbedded().first();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.startAndWait());
        Braze::ClientConfig config;
        config.baseUrl = m_sandbox.baseUrl();
        config.apiKey = QString::fromLatin1(ApiKeyTable::QuiklyKey);
        config.workspaceLabel = QStringLiteral("Sandbox");
        config.options.paceByDocumentedLimits = false;
        m_client = new Braze::BrazeClient(config, this);
        m_client->setRequestLog(&m_log);
        m_probe = new Braze::PermissionProbe(m_client, this);

        PartnerPageContext context;
        context.configStore = PartnerConfigStore(m_settings.path());
        context.client = [this] { return m_client; };
        context.probe = [this] { return m_probe; };
        context.savedTestUsers = [](const QString &) {
            return QList<SavedTestUser>{{QStringLiteral("Anna"), Braze::UserIdentifier::email(QStringLiteral("anna.test@example.com")), {}}};
        };
        context.navigate = [this](const QString &page, const QString &argument) { m_navigation << page << argument; };
        m_page = new PartnerPage(quikly(), context);
        Workspace workspace = Workspace::sandbox();
        workspace.endpoint = m_sandbox.baseUrl();
        m_page->setWorkspace(workspace);
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
    }

    void cleanupTestCase() { delete m_page; }

    void permissionsAreTickedAfterTheCheck()
    {
        QCOMPARE(m_page->requirements()->stateOf(QStringLiteral("users.track")), QStringLiteral("unverified"));
        QTest::mouseClick(m_page->requirements()->findChild<QPushButton *>(QStringLiteral("recheck")), Qt::LeftButton);
        for (const char *permission : {"users.track", "subscription.status.set", "users.export.ids", "subscription.status.get"})
            QTRY_COMPARE_WITH_TIMEOUT(m_page->requirements()->stateOf(QLatin1String(permission)), QStringLiteral("verified"), 10000);
    }

    void requirementsWrapInsteadOfBeingCutOff()
    {
        m_page->resize(640, 700);
        auto *list = m_page->requirements()->findChild<QTreeWidget *>(QStringLiteral("requirements"));
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible() && list->topLevelItemCount() > 0);
        QCoreApplication::processEvents();
        int wrapped = 0;
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = list->topLevelItem(row);
            for (int column : {0, 2}) {
                const int width = list->header()->sectionSize(column) - 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
                const int needed = list->fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, item->text(column)).height();
                if (needed > list->fontMetrics().height())
                    ++wrapped;
                QVERIFY2(list->visualItemRect(item).height() >= needed, qPrintable(item->text(column)));
            }
        }
        QVERIFY(wrapped > 0);   // at this width some texts need more than one line
        m_page->resize(1000, 700);
    }

    void settingsAreCheckedAndSaved()
    {
        PartnerSettingsForm *form = m_page->settings();
        // The sandbox workspace starts with the demo IDs.
        auto *group = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("subscription_group_id")));
        QCOMPARE(group->text(), QStringLiteral("5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01"));
        group->clear();
        QVERIFY(!form->problemText(QStringLiteral("subscription_group_id")).isEmpty());
        QVERIFY(!form->findChild<QPushButton *>(QStringLiteral("saveSettings"))->isEnabled());
        QTest::keyClicks(group, QStringLiteral("no-such-group"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("subscription_group_idCheck")), Qt::LeftButton);
        auto *checkResult = form->findChild<QLabel *>(QStringLiteral("subscription_group_idCheckResult"));
        QTRY_VERIFY_WITH_TIMEOUT(checkResult->text().contains(QLatin1String("does not accept")), 10000);
        auto *event = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("double_opt_in_event")));
        event->clear();
        QTest::keyClicks(event, QStringLiteral("$optin"));
        QVERIFY(!form->problemText(QStringLiteral("double_opt_in_event")).isEmpty());
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("sandboxValues")), Qt::LeftButton);
        QVERIFY(form->problemText(QStringLiteral("subscription_group_id")).isEmpty());
        QVERIFY(form->problemText(QStringLiteral("double_opt_in_event")).isEmpty());
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("subscription_group_idCheck")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(checkResult->text().contains(QLatin1String("has this group")), 10000);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("saveSettings")), Qt::LeftButton);
        QVERIFY(QFile::exists(m_settings.filePath(QStringLiteral("%1.json").arg(Workspace::sandboxId()))));
        QVERIFY(m_page->handoff()->text().contains(QLatin1String("5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01")));
        QVERIFY(!m_page->handoff()->text().contains(QLatin1String(ApiKeyTable::QuiklyKey)));
    }

    void savedTestUserFillsTheParameters()
    {
        WorkflowPanel *panel = m_page->workflows();
        panel->selectWorkflow(QStringLiteral("quikly.email-acquisition"));
        auto *saved = panel->findChild<QComboBox *>(QStringLiteral("savedUsers"));
        QCOMPARE(saved->count(), 2);
        emit saved->activated(1);
        QCOMPARE(panel->parameterEditor(QStringLiteral("email"))->text(), QStringLiteral("anna.test@example.com"));
    }

    void emailAcquisitionRunsFromThePage()
    {
        WorkflowPanel *panel = m_page->workflows();
        panel->selectWorkflow(QStringLiteral("quikly.email-acquisition"));
        QLineEdit *email = panel->parameterEditor(QStringLiteral("email"));
        auto *run = panel->findChild<QPushButton *>(QStringLiteral("runWorkflow"));
        email->clear();
        QTest::keyClicks(email, QStringLiteral("not an address"));
        QVERIFY(!run->isEnabled());
        email->clear();
        QTest::keyClicks(email, QStringLiteral("ui.fan@example.com"));
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        auto *verdict = panel->findChild<QLabel *>(QStringLiteral("verdict"));
        QTRY_VERIFY_WITH_TIMEOUT(verdict->text().contains(QLatin1String("All steps passed")), 10000);

        auto *steps = panel->findChild<QTableView *>(QStringLiteral("steps"));
        QCOMPARE(steps->model()->rowCount(), 4);
        QVERIFY(steps->model()->index(0, 3).data().toString().contains(QLatin1String("No profile yet")));
        steps->selectRow(2);
        const QString details = panel->findChild<QPlainTextEdit *>(QStringLiteral("stepDetails"))->toPlainText();
        QVERIFY(details.contains(QLatin1String("\"user_alias\"")));
        QVERIFY(details.contains(QLatin1String("HTTP 201")));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("showInLog")), Qt::LeftButton);
        QCOMPARE(m_navigation.value(0), QStringLiteral("requestlog"));
    }

    void longWaitCanBeCancelled()
    {
        WorkflowPanel *panel = m_page->workflows();
        panel->selectWorkflow(QStringLiteral("quikly.sms-subscription"));
        panel->parameterEditor(QStringLiteral("phone"))->setText(QStringLiteral("+4915199991234"));
        panel->parameterEditor(QStringLiteral("email"))->setText(QStringLiteral("wait.fan@example.com"));
        panel->parameterEditor(QStringLiteral("wait_seconds"))->setText(QStringLiteral("120"));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("runWorkflow")), Qt::LeftButton);
        auto *steps = panel->findChild<QTableView *>(QStringLiteral("steps"));
        QTRY_VERIFY_WITH_TIMEOUT(steps->model()->index(5, 3).data().toString().contains(QLatin1String("left")), 10000);
        auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancelWorkflow"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(panel->findChild<QLabel *>(QStringLiteral("verdict"))->text().contains(QLatin1String("Cancelled")));
        QCOMPARE(panel->runner()->verdict().outcome, WorkflowRunner::Verdict::Outcome::Cancelled);
    }

    void webhookWorkflowOpensTheBuilder()
    {
        WorkflowPanel *panel = m_page->workflows();
        panel->selectWorkflow(QStringLiteral("quikly.webhook-preset"));
        m_navigation.clear();
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("runWorkflow")), Qt::LeftButton);
        QTRY_COMPARE(m_navigation, (QStringList{QStringLiteral("webhooks"), QStringLiteral("preset:quikly")}));
    }
};

QTEST_MAIN(TestIntegrationPage)
#include "tst_integrationpage.moc"
