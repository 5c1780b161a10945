#include "consolesession.h"
#include "config/workspacestore.h"
#include "users/testuserstore.h"
#include "braze/brazeclient.h"
#include "webhook/contentblockmenu.h"
#include "webhook/keyvaluetable.h"
#include "webhook/liquidtextedit.h"
#include "webhook/previewpane.h"
#include "webhook/previewuserpanel.h"
#include "webhook/problemsview.h"
#include "sandbox/apikeytable.h"
#include "webhook/stubspanel.h"
#include "sandbox/sandboxhost.h"
#include "webhook/secretspanel.h"
#include "webhook/sendtestpanel.h"
#include "webhook/templateeditor.h"
#include "webhook/templatelistpanel.h"
#include "webhook/previewscheduler.h"
#include "webhook/templatedocument.h"
#include "webhook/templatelibrary.h"
#include "webhook/webhookpage.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QMenu>
#include <QToolButton>
#include <QUndoStack>

using namespace Webhook;
using namespace Config;
using namespace Users;
using namespace Sandbox;

// The webhook page driven as a marketer would: build from the preset, type, watch the preview.
class TestWebhookEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void presetOpensAndPreviewShowsTheCustomUsersEmail();
    void typingARawBodyUpdatesThePreviewAndErrorsAreMarked();
    void problemsListJumpsToTheFault();
    void undoAndRedoEveryEdit();
    void closingAsksAndSaveKeepsTheChanges();
    void autosaveIsOfferedBackAfterACrash();
    void searchFiltersTheLibrary();
    void sendATestToTheSandboxReceiver();
    void savedTestUsersAreOfferedForThePreview();
    void contentBlocksAreListedInsertedAndCompleted();
    void connectedContentReachesThisComputerOnlyFromTheSandbox();
    void workspaceDataAndStubsFillEveryValue();

private:
    std::unique_ptr<WebhookPage> makePage(QMessageBox::StandardButton answer = QMessageBox::Discard);
    RenderedRequest waitForPreview(WebhookPage &page, const std::function<bool(const RenderedRequest &)> &until);

    std::unique_ptr<QTemporaryDir> m_sessionDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleSession> m_session;
    QStringList m_questions;
};

// One session for the whole suite.
void TestWebhookEditor::initTestCase()
{
    m_sessionDir = std::make_unique<QTemporaryDir>();
    ConsoleSession::Options options;
    options.workspaceFile = m_sessionDir->filePath(QStringLiteral("workspaces.json"));
    options.testUsersFile = m_sessionDir->filePath(QStringLiteral("test-users.json"));
    options.startSandbox = false;
    m_session = std::make_unique<ConsoleSession>(options);
}

void TestWebhookEditor::cleanupTestCase()
{
    m_session.reset();
}

void TestWebhookEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_questions.clear();
}

std::unique_ptr<WebhookPage> TestWebhookEditor::makePage(QMessageBox::StandardButton answer)
{
    auto page = std::make_unique<WebhookPage>(*m_session, m_dir->filePath(QStringLiteral("templates")));
    page->setConfirmHook([this, answer](const QString &title, const QString &, QMessageBox::StandardButtons) {
        m_questions.append(title);
        return answer;
    });
    page->scheduler()->setDelay(10);
    page->resize(1400, 800);
    page->show();
    return page;
}

RenderedRequest TestWebhookEditor::waitForPreview(WebhookPage &page, const std::function<bool(const RenderedRequest &)> &until)
{
    if (!QTest::qWaitFor([&] { return until(page.scheduler()->latest()); }, 5000))
        qWarning("the preview did not reach the expected state");
    return page.scheduler()->latest();
}

void TestWebhookEditor::presetOpensAndPreviewShowsTheCustomUsersEmail()
{
    auto page = makePage();
    const QString id = page->createFromPreset(QStringLiteral("quikly"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(page->document()->id(), id);
    QCOMPARE(page->editor()->urlEdit()->toPlainText(), QStringLiteral("https://api.quikly.com/webhook/braze"));
    QCOMPARE(page->editor()->pairsTable()->table()->rowCount(), 3);
    QTRY_VERIFY(page->previewPane()->bodyText().contains(QStringLiteral("\"email\": \"jana.novak@example.com\"")));
    QVERIFY(page->previewPane()->requestText().contains(QStringLiteral("Authorization: Bearer ••••••••")));
    // The partner secret the preset refers to is offered in the secrets tab.
    QVERIFY(page->secretsPanel()->findChild<QLineEdit *>(QStringLiteral("secret:quikly/authorization")));

    // A custom user without e-mail: the missing attribute is listed.
    page->userPanel()->setCustomUserJson(QStringLiteral("{\"external_id\": \"no-mail\"}"));
    QTRY_VERIFY(page->previewPane()->missingAttributes().contains(QStringLiteral("${email_address}")));
}

void TestWebhookEditor::typingARawBodyUpdatesThePreviewAndErrorsAreMarked()
{
    auto page = makePage();
    page->createFromPreset(QStringLiteral("quikly"));
    page->editor()->bodyModeBox()->setCurrentIndex(1);
    LiquidTextEdit *body = page->editor()->rawBodyEdit();
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("{\"who\": \"{{${first_name}}}\"}"));
    QTRY_VERIFY(page->previewPane()->bodyText().contains(QStringLiteral("\"who\": \"Jana\"")));
    QVERIFY(page->document()->isModified());

    // An unclosed tag: the engine's error is underlined in the editor and listed.
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("{% if ${first_name} %}"));
    QTRY_VERIFY(!body->problems().isEmpty());
    QCOMPARE(body->problems().first().line, 2);
    QVERIFY(body->problems().first().error);
    QVERIFY(page->problemsView()->topLevelItemCount() >= 1);
    QVERIFY(page->problemsView()->topLevelItem(0)->text(1).contains(QStringLiteral("body")));

    // Valid Liquid but invalid JSON: marked in the rendered body at its line and column.
    body->selectAll();
    QTest::keyClicks(body, QStringLiteral("{\"who\": {{${first_name}}} }"));
    const RenderedRequest r = waitForPreview(*page, [](const RenderedRequest &candidate) {
        return !candidate.problems.isEmpty() && candidate.problems.first().field == WebhookProblem::Field::RenderedBody;
    });
    QCOMPARE(r.problems.first().field, WebhookProblem::Field::RenderedBody);
    QCOMPARE(r.problems.first().line, 1);
    QVERIFY(!page->previewPane()->findChild<QPlainTextEdit *>(QStringLiteral("requestBody"))->extraSelections().isEmpty());
}

void TestWebhookEditor::problemsListJumpsToTheFault()
{
    auto page = makePage();
    page->createFromPreset(QStringLiteral("quikly"));
    page->editor()->bodyModeBox()->setCurrentIndex(1);
    page->editor()->rawBodyEdit()->setFocus();
    QTest::keyClicks(page->editor()->rawBodyEdit(), QStringLiteral("one"));
    QTest::keyClick(page->editor()->rawBodyEdit(), Qt::Key_Return);
    QTest::keyClicks(page->editor()->rawBodyEdit(), QStringLiteral("two {% endif %}"));
    QTRY_VERIFY(page->problemsView()->topLevelItemCount() > 0);
    page->editor()->urlEdit()->setFocus();
    emit page->problemsView()->itemActivated(page->problemsView()->topLevelItem(0), 0);
    QCOMPARE(page->editor()->rawBodyEdit()->textCursor().blockNumber(), 1);
}

void TestWebhookEditor::undoAndRedoEveryEdit()
{
    auto page = makePage();
    page->createFromPreset(QStringLiteral("quikly"));
    QUndoStack *undo = page->editor()->undoStack();
    TemplateEditor *editor = page->editor();
    editor->urlEdit()->setFocus();
    editor->urlEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor->urlEdit(), QStringLiteral("?x=1"));
    editor->methodBox()->setCurrentText(QStringLiteral("PUT"));
    editor->pairsTable()->table()->item(0, 1)->setText(QStringLiteral("scope-42"));
    editor->headersTable()->findChild<QPushButton *>(QStringLiteral("addRow"))->click();
    QCOMPARE(page->document()->current().headers.size(), 3);
    QCOMPARE(page->document()->current().pairs.first().value, QStringLiteral("scope-42"));
    QCOMPARE(page->document()->current().method, QStringLiteral("PUT"));
    QVERIFY(page->document()->current().url.endsWith(QStringLiteral("?x=1")));

    undo->undo();   // the added header
    QCOMPARE(page->document()->current().headers.size(), 2);
    undo->undo();   // the pair value: the reference to the q_scope saved on Quikly › Settings
    QCOMPARE(page->document()->current().pairs.first().value, QStringLiteral("[[setting:quikly/q_scope]]"));
    QCOMPARE(editor->pairsTable()->table()->item(0, 1)->text(), QStringLiteral("[[setting:quikly/q_scope]]"));
    undo->undo();   // the method
    QCOMPARE(editor->methodBox()->currentText(), QStringLiteral("POST"));
    undo->undo();   // the typing in the URL, merged into one step
    QCOMPARE(editor->urlEdit()->toPlainText(), QStringLiteral("https://api.quikly.com/webhook/braze"));
    QVERIFY(!page->document()->isModified());
    undo->redo();
    undo->redo();
    QCOMPARE(page->document()->current().method, QStringLiteral("PUT"));
    QVERIFY(editor->urlEdit()->toPlainText().endsWith(QStringLiteral("?x=1")));
    QVERIFY(page->document()->isModified());
}

void TestWebhookEditor::closingAsksAndSaveKeepsTheChanges()
{
    QString id;
    {
        auto page = makePage(QMessageBox::Cancel);
        id = page->createFromPreset(QStringLiteral("quikly"));
        QVERIFY(page->confirmClose());   // nothing changed: no question
        QVERIFY(m_questions.isEmpty());
        page->editor()->nameEdit()->setFocus();
        QTest::keyClicks(page->editor()->nameEdit(), QStringLiteral(" EU"));
        QVERIFY(!page->confirmClose());   // the user cancelled
        QCOMPARE(m_questions.size(), 1);
        page->setConfirmHook([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Save; });
        QVERIFY(page->confirmClose());
        QVERIFY(!page->document()->isModified());
    }
    TemplateLibrary library(m_dir->filePath(QStringLiteral("templates")));
    library.load();
    QVERIFY(library.templateById(id).name.endsWith(QStringLiteral(" EU")));
}

void TestWebhookEditor::autosaveIsOfferedBackAfterACrash()
{
    QString id;
    {
        auto page = makePage();
        id = page->createFromPreset(QStringLiteral("quikly"));
        page->editor()->bodyModeBox()->setCurrentIndex(1);
        page->editor()->rawBodyEdit()->setFocus();
        QTest::keyClicks(page->editor()->rawBodyEdit(), QStringLiteral("{\"draft\": true}"));
        page->autosaveNow();
        // The page goes away without saving or asking: as after a crash.
    }
    auto page = makePage(QMessageBox::Yes);
    QTRY_VERIFY(m_questions.contains(QStringLiteral("Recover unsaved changes")));
    QCOMPARE(page->document()->id(), id);
    QVERIFY(page->document()->isModified());
    QCOMPARE(page->document()->current().rawBody, QStringLiteral("{\"draft\": true}"));
    QCOMPARE(page->editor()->rawBodyEdit()->toPlainText(), QStringLiteral("{\"draft\": true}"));
    QVERIFY(page->save());
    QVERIFY(AutosaveStore(page->library()->folder()).pending().isEmpty());
}

void TestWebhookEditor::searchFiltersTheLibrary()
{
    auto page = makePage();
    page->createFromPreset(QStringLiteral("quikly"));
    page->library()->create(QStringLiteral("Outgrow quiz"));
    QCOMPARE(page->listPanel()->visibleCount(), 2);
    page->listPanel()->setSearchText(QStringLiteral("quikly.com"));
    QCOMPARE(page->listPanel()->visibleCount(), 1);
    page->listPanel()->setSearchText(QString());
    QCOMPARE(page->listPanel()->visibleCount(), 2);
}

void TestWebhookEditor::sendATestToTheSandboxReceiver()
{
    SandboxHost sandbox;
    QVERIFY(sandbox.startAndWait());
    Braze::ClientConfig config;
    config.baseUrl = sandbox.baseUrl();
    config.apiKey = QString::fromLatin1(ApiKeyTable::AllPermissionsKey);
    Braze::BrazeClient client(config);
    auto page = makePage();
    page->setConnection(&client, true, sandbox.baseUrl());
    page->createFromPreset(QStringLiteral("quikly"));
    QTRY_VERIFY(page->previewPane()->bodyText().contains(QStringLiteral("jana.novak@example.com")));

    // Without the partner value the test is refused with a reason.
    page->sendPanel()->setTarget(1);
    page->sendPanel()->send();
    // The render for a send runs off the GUI thread: send() returns before it is done.
    QVERIFY(page->sendPanel()->resultText().startsWith(QStringLiteral("Preparing the request")));
    QTRY_VERIFY(page->sendPanel()->resultText().contains(QStringLiteral("quikly/authorization")));

    page->secretsPanel()->setValue(QStringLiteral("quikly/authorization"), QStringLiteral("ui-secret-1"));
    QSignalSpy answered(page->sendPanel(), &SendTestPanel::responseReceived);
    page->sendPanel()->send();
    QVERIFY(answered.wait(5000));
    const Braze::ApiResult result = answered.first().first().value<Braze::ApiResult>();
    QCOMPARE(result.httpStatus, 200);
    const QJsonObject echo = QJsonDocument::fromJson(result.body).object();
    QCOMPARE(echo.value(QStringLiteral("json")).toObject().value(QStringLiteral("email")).toString(),
             QStringLiteral("jana.novak@example.com"));
    QVERIFY(echo.value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/_sandbox/webhooks/")));
    QVERIFY(page->sendPanel()->resultText().startsWith(QStringLiteral("HTTP 200")));
    // The preview still masks the secret.
    QVERIFY(!page->previewPane()->requestText().contains(QStringLiteral("ui-secret-1")));
}

void TestWebhookEditor::savedTestUsersAreOfferedForThePreview()
{
    auto page = makePage();
    auto *saved = page->findChild<QToolButton *>(QStringLiteral("savedTestUsers"));
    QVERIFY(saved);
    const QString workspace = m_session->workspaces().current().id;
    m_session->testUsers().add(workspace, SavedTestUser{QStringLiteral("Quikly test user"), Braze::UserIdentifier::email(QStringLiteral("anna@example.com")), {}});
    QTRY_VERIFY(saved->isEnabled());
    QCOMPARE(saved->menu()->actions().size(), 1);
    QVERIFY(saved->menu()->actions().first()->text().startsWith(QStringLiteral("Quikly test user")));
    m_session->testUsers().remove(workspace, Braze::UserIdentifier::email(QStringLiteral("anna@example.com")));
    QTRY_VERIFY(!saved->isEnabled());
}

// Issue 15: the workspace's Content Blocks, read through the client, inserted at the cursor and
// completed after content_blocks.${; a key without the permission is told so in the menu.
void TestWebhookEditor::contentBlocksAreListedInsertedAndCompleted()
{
    SandboxHost sandbox;
    QVERIFY(sandbox.startAndWait());
    Braze::ClientConfig config;
    config.baseUrl = sandbox.baseUrl();
    config.apiKey = QString::fromLatin1(ApiKeyTable::AllPermissionsKey);
    Braze::BrazeClient client(config);
    auto page = makePage();
    page->createFromPreset(QStringLiteral("quikly"));
    page->editor()->bodyModeBox()->setCurrentIndex(1);
    page->setConnection(&client, true, sandbox.baseUrl());
    ContentBlockMenu *menu = page->editor()->contentBlockMenu();
    QVERIFY(!menu->actions().isEmpty() && !menu->actions().first()->isEnabled());   // "Reading …" until the answer
    QTRY_COMPARE(menu->names().size(), 2);
    QVERIFY(menu->names().contains(QStringLiteral("spring_offer")));
    QVERIFY(menu->names().contains(QStringLiteral("newsletter_footer")));

    LiquidTextEdit *body = page->editor()->rawBodyEdit();
    body->setTextKeepingCursor(QStringLiteral("Offer: "));
    body->moveCursor(QTextCursor::End);
    const QList<QAction *> actions = menu->actions();
    const auto offer = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) { return a->text() == QLatin1String("spring_offer"); });
    QVERIFY(offer != actions.cend());
    (*offer)->trigger();
    QCOMPARE(body->toPlainText(), QStringLiteral("Offer: {{content_blocks.${spring_offer}}}"));

    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" {{content_blocks.${spr"));
    auto *completer = body->findChild<QCompleter *>();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("content_blocks.${spring_offer}"));

    // A key without content_blocks.list: the menu names the permission instead of a list.
    Braze::ClientConfig limitedConfig = config;
    limitedConfig.apiKey = QString::fromLatin1(ApiKeyTable::OutgrowKey);
    Braze::BrazeClient limited(limitedConfig);
    page->setConnection(&limited, true, sandbox.baseUrl());
    QTRY_VERIFY(menu->actions().first()->text().contains(QStringLiteral("content_blocks.list")));
    QVERIFY(menu->names().isEmpty());
    page->setConnection(nullptr, true);
}

// The sandbox's own endpoints can be called from a preview while the sandbox workspace is
// active; with any other workspace the same call is refused, as every private address is.
void TestWebhookEditor::connectedContentReachesThisComputerOnlyFromTheSandbox()
{
    SandboxHost sandbox;
    QVERIFY(sandbox.startAndWait());
    Braze::ClientConfig config;
    config.baseUrl = sandbox.baseUrl();
    config.apiKey = QString::fromLatin1(ApiKeyTable::AllPermissionsKey);
    Braze::BrazeClient client(config);
    auto page = makePage();
    page->setConnection(&client, true, sandbox.baseUrl());
    page->createFromPreset(QStringLiteral("quikly"));
    page->previewPane()->findChild<QCheckBox *>(QStringLiteral("fetchConnectedContent"))->setChecked(true);
    page->editor()->bodyModeBox()->setCurrentIndex(1);
    LiquidTextEdit *body = page->editor()->rawBodyEdit();
    body->setFocus();
    body->selectAll();
    const QString url = sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/faults"))).toString();
    body->insertPlainText(   // a paste
        QStringLiteral("{% connected_content %1 :save faults %}{\"faults\": \"{% if faults %}fetched{% else %}missing{% endif %}\"}").arg(url));
    const QString fetched = QStringLiteral("\"faults\": \"fetched\"");
    RenderedRequest r = waitForPreview(*page, [&](const RenderedRequest &candidate) { return candidate.body.contains(fetched); });
    QVERIFY2(r.body.contains(fetched), qPrintable(r.body));
    QCOMPARE(r.connectedContent.size(), 1);
    QVERIFY(r.connectedContent.first().response.performed);

    // Another workspace's preview: the same call leads to this computer and is refused.
    page->setConnection(&client, false);
    const QString missing = QStringLiteral("\"faults\": \"missing\"");
    r = waitForPreview(*page, [&](const RenderedRequest &candidate) { return candidate.body.contains(missing); });
    QVERIFY2(r.body.contains(missing), qPrintable(r.body));
    QCOMPARE(r.connectedContent.size(), 1);
    QVERIFY(!r.connectedContent.first().response.performed);
    QVERIFY2(r.connectedContent.first().response.error.contains(QStringLiteral("this computer")),
             qPrintable(r.connectedContent.first().response.error));
    QTRY_VERIFY(page->previewPane()->findChild<QWidget *>(QStringLiteral("connectedContent"))->isVisible());
}

// The done-when template of issue 16 in the builder: a Content Block and a catalog item created
// through Braze's endpoints on the sandbox, a promotion code, message_extras and a
// connected_content call with :save answered by a stub added in the Stubs tab.
void TestWebhookEditor::workspaceDataAndStubsFillEveryValue()
{
    SandboxHost sandbox;
    QVERIFY(sandbox.startAndWait());
    Braze::ClientConfig config;
    config.baseUrl = sandbox.baseUrl();
    config.apiKey = QString::fromLatin1(ApiKeyTable::AllPermissionsKey);
    Braze::BrazeClient client(config);
    const auto call = [&](const QByteArray &method, const QString &path, const QJsonObject &body) {
        Braze::RequestHandle *handle = client.rawCall(method, path, QJsonDocument(body).toJson());
        QSignalSpy done(handle, &Braze::RequestHandle::finished);
        return done.wait(5000) && done.first().first().value<Braze::ApiResult>().succeeded();
    };
    QVERIFY(call("POST", QStringLiteral("/content_blocks/create"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("sign_off")}, {QStringLiteral("content"), QStringLiteral("Cheers, {{${first_name}}}")}}));
    QVERIFY(call("POST", QStringLiteral("/catalogs"), QJsonObject{{QStringLiteral("catalogs"), QJsonArray{QJsonObject{
        {QStringLiteral("name"), QStringLiteral("offers")}, {QStringLiteral("description"), QStringLiteral("Offers")},
        {QStringLiteral("fields"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("id")}, {QStringLiteral("type"), QStringLiteral("string")}},
                                              QJsonObject{{QStringLiteral("name"), QStringLiteral("title")}, {QStringLiteral("type"), QStringLiteral("string")}}}}}}}}));
    QVERIFY(call("POST", QStringLiteral("/catalogs/offers/items/spring"),
                 QJsonObject{{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Spring Sale")}}}}}));

    auto page = makePage();
    page->setConnection(&client, true, sandbox.baseUrl());
    page->createFromPreset(QStringLiteral("quikly"));
    page->userPanel()->setCustomUserJson(QStringLiteral("{\"external_id\": \"u1\", \"first_name\": \"Jana\"}"));
    page->editor()->bodyModeBox()->setCurrentIndex(1);
    LiquidTextEdit *body = page->editor()->rawBodyEdit();
    body->setFocus();
    body->selectAll();
    body->insertPlainText(QStringLiteral(
        "{% connected_content https://api.partner.example.com/points?uid={{${user_id}}} :save points %}"
        "{% catalog_items offers spring %}{% message_extras :key offer :value {{items[0].id}} %}"
        "{\"greeting\": \"{{content_blocks.${sign_off}}}\", \"offer\": \"{{items[0].title}}\", "
        "\"code\": \"{% promotion('spring') %}\", \"points\": \"{{points.balance}}\"}"));

    // The stub is added in the Stubs dialog, as a marketer does.
    QTest::mouseClick(page->previewPane()->findChild<QPushButton *>(QStringLiteral("openStubs")), Qt::LeftButton);
    StubsPanel *stubs = page->stubsPanel();
    QTRY_VERIFY(stubs->isVisible());
    QTest::mouseClick(stubs->findChild<QPushButton *>(QStringLiteral("addStub")), Qt::LeftButton);
    auto *table = stubs->findChild<QTableWidget *>(QStringLiteral("stubsTable"));
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 0)->setText(QStringLiteral("https://api.partner.example.com/points*"));
    table->item(0, 2)->setText(QStringLiteral("{\"balance\": 42}"));
    QCOMPARE(page->document()->current().stubs.size(), 1);
    QCOMPARE(page->document()->current().stubs.first().body, QStringLiteral("{\"balance\": 42}"));

    const RenderedRequest r = waitForPreview(*page, [](const RenderedRequest &c) { return c.body.contains(QLatin1String("Spring Sale")) && c.body.contains(QLatin1String("Cheers")) && c.body.contains(QLatin1String("42")); });
    QVERIFY2(r.body.contains(QLatin1String("\"greeting\": \"Cheers, Jana\"")), qPrintable(r.body));
    QVERIFY2(r.body.contains(QLatin1String("\"offer\": \"Spring Sale\"")), qPrintable(r.body));
    QVERIFY2(r.body.contains(QLatin1String("\"points\": \"42\"")), qPrintable(r.body));
    QVERIFY2(r.body.contains(QLatin1String("PREVIEW-SPRING")), qPrintable(r.body));
    QCOMPARE(r.messageExtras.size(), 1);
    QTRY_VERIFY(page->previewPane()->workspaceDataText().contains(QLatin1String("1 Content Block")) && page->previewPane()->workspaceDataText().contains(QLatin1String("1 catalog item")));
    QTRY_VERIFY(!page->previewPane()->findChild<QListWidget *>(QStringLiteral("connectedContent"))->findItems(QStringLiteral("stubbed: HTTP 200"), Qt::MatchContains).isEmpty());

    // Each stub edit is one undo step: the body, the URL, then the stub itself.
    page->editor()->undoStack()->undo();
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("{}"));
    page->editor()->undoStack()->undo();
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("https://"));
    page->editor()->undoStack()->undo();
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(page->document()->current().stubs.isEmpty());

    // Refresh forgets what was read and reads it again.
    QTest::mouseClick(page->previewPane()->findChild<QPushButton *>(QStringLiteral("refreshWorkspaceData")), Qt::LeftButton);
    QTRY_VERIFY(page->previewPane()->workspaceDataText().contains(QLatin1String("1 Content Block")) && page->previewPane()->workspaceDataText().contains(QLatin1String("1 catalog item")));
    page->setConnection(nullptr, true);
}

QTEST_MAIN(TestWebhookEditor)
#include "tst_webhookeditor.moc"
