#include "braze/requests/catalogrequests.h"
#include "braze/requests/contentrequests.h"
#include "sandbox/apikeytable.h"
#include "webhook/requestrenderer.h"
#include "webhook/templatefile.h"
#include "webhook/workspacedataloader.h"

#include "pendingcall.h"
#include "sandboxfixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Webhook;
using namespace Sandbox;

// Content Blocks and catalog items from the workspace's API in the webhook preview: created
// through Braze's own endpoints on the sandbox, read as the template asks for them, cached, and
// every failure a problem that names the call (and a missing permission) without blanking the
// rest of the preview.
class TestWorkspaceData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void blocksAndItemsCreatedThroughBrazeFillThePreview();
    void nestedBlockRendersAndThirdLevelIsRemoved();
    void missingBlockAndItemAreProblemsWithPositions();
    void missingPermissionIsNamedAndTheRestRenders();
    void cacheIsKeptPerWorkspaceUntilRefresh();
    void localFolderOverridesTheWorkspace();
    void cliPreviewFillsEveryValueFromTheWorkspaceAndStubs();

private:
    // Renders, waits for what the render asked for, renders again (as the preview does).
    RenderedRequest settle(RequestRenderer &renderer, WorkspaceDataLoader &loader, const WebhookTemplate &webhook);
    static WebhookTemplate rawTemplate(const QString &body);

    TestSupport::SandboxFixture m_sandbox;
};

void TestWorkspaceData::initTestCase()
{
    QVERIFY(m_sandbox.started());
    Braze::BrazeClient *client = m_sandbox.client();
    const auto block = [&](const QString &name, const QString &content) {
        Braze::ContentBlockWrite write;
        write.name = name;
        write.content = content;
        const Braze::ApiResult result = TestSupport::resultOf(client->send(Braze::prepare(write)));
        return result.succeeded() ? QString() : result.error.fullText();
    };
    QCOMPARE(block(QStringLiteral("greeting"), QStringLiteral("Hello {{${first_name}}}")), QString());
    QCOMPARE(block(QStringLiteral("inner"), QStringLiteral("[inner {{content_blocks.${innermost}}}]")), QString());
    QCOMPARE(block(QStringLiteral("innermost"), QStringLiteral("third level")), QString());
    QCOMPARE(block(QStringLiteral("outer"), QStringLiteral("outer {{content_blocks.${inner}}}")), QString());

    Braze::CatalogCreateRequest catalog;
    catalog.name = QStringLiteral("offers");
    catalog.description = QStringLiteral("Offers");
    catalog.fields = {{QStringLiteral("id"), QStringLiteral("string")}, {QStringLiteral("title"), QStringLiteral("string")},
                      {QStringLiteral("price"), QStringLiteral("number")}};
    const Braze::ApiResult created = TestSupport::resultOf(client->send(Braze::prepare(catalog)));
    QVERIFY2(created.succeeded(), qPrintable(created.error.fullText()));
    Braze::CatalogItemWrite item;
    item.catalogName = QStringLiteral("offers");
    item.itemId = QStringLiteral("spring-sale");
    item.fields = QJsonObject{{QStringLiteral("title"), QStringLiteral("Spring Sale")}, {QStringLiteral("price"), 19.5}};
    const Braze::ApiResult written = TestSupport::resultOf(client->send(Braze::prepare(item)));
    QVERIFY2(written.succeeded(), qPrintable(written.error.fullText()));
}

WebhookTemplate TestWorkspaceData::rawTemplate(const QString &body)
{
    WebhookTemplate webhook;
    webhook.url = QStringLiteral("https://example.com/hook");
    webhook.bodyMode = BodyMode::RawText;
    webhook.headers = {{QStringLiteral("Content-Type"), QStringLiteral("text/plain")}};
    webhook.rawBody = body;
    return webhook;
}

RenderedRequest TestWorkspaceData::settle(RequestRenderer &renderer, WorkspaceDataLoader &loader, const WebhookTemplate &webhook)
{
    const Liquid::Value user = Liquid::Value::fromJsonText(R"({"first_name": "Jana"})");
    RenderedRequest request;
    for (int round = 0; round < 5; ++round) {
        QSignalSpy changed(&loader, &WorkspaceDataLoader::dataChanged);
        request = renderer.render(webhook, user);
        QCoreApplication::processEvents();
        if (!loader.isBusy() && changed.isEmpty())
            break;
        if (loader.isBusy()) {
            QSignalSpy idle(&loader, &WorkspaceDataLoader::idle);
            idle.wait(10000);
        }
    }
    return request;
}

static RequestRenderer *withLoader(RequestRenderer &renderer, WorkspaceDataLoader &loader)
{
    renderer.environment().setContentBlockSource(loader.data());
    renderer.environment().setCatalogSource(loader.data());
    return &renderer;
}

static QStringList problemTexts(const RenderedRequest &request)
{
    QStringList texts;
    for (const WebhookProblem &p : request.problems)
        texts.append(p.format());
    return texts;
}

void TestWorkspaceData::blocksAndItemsCreatedThroughBrazeFillThePreview()
{
    WorkspaceDataLoader loader;
    loader.setClient(m_sandbox.client(), QStringLiteral("sandbox"));
    RequestRenderer renderer;
    withLoader(renderer, loader);
    const RenderedRequest request = settle(renderer, loader, rawTemplate(QStringLiteral(
        "{{content_blocks.${greeting}}}! {% catalog_items offers spring-sale %}{{ items[0].title }} for {{ items[0].price }}")));
    QCOMPARE(request.body, QStringLiteral("Hello Jana! Spring Sale for 19.5"));
    QVERIFY2(request.problems.isEmpty(), qPrintable(problemTexts(request).join(QLatin1Char('\n'))));
    QCOMPARE(loader.data()->blockCount(), 1);
    QCOMPARE(loader.data()->itemCount(), 1);
    QVERIFY(loader.data()->readAt().isValid());
}

void TestWorkspaceData::nestedBlockRendersAndThirdLevelIsRemoved()
{
    WorkspaceDataLoader loader;
    loader.setClient(m_sandbox.client(), QStringLiteral("sandbox"));
    RequestRenderer renderer;
    withLoader(renderer, loader);
    const RenderedRequest request = settle(renderer, loader, rawTemplate(QStringLiteral("{{content_blocks.${outer}}}")));
    QCOMPARE(request.body, QStringLiteral("outer [inner ]"));
}

void TestWorkspaceData::missingBlockAndItemAreProblemsWithPositions()
{
    WorkspaceDataLoader loader;
    loader.setClient(m_sandbox.client(), QStringLiteral("sandbox"));
    RequestRenderer renderer;
    withLoader(renderer, loader);
    const RenderedRequest request = settle(renderer, loader, rawTemplate(QStringLiteral(
        "A\n  {{content_blocks.${nope}}}\n{% catalog_items offers gone %}{% catalog_items nocatalog x %}B")));
    const QString problems = problemTexts(request).join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QLatin1String("2:3")) && problems.contains(QLatin1String("no Content Block named 'nope'")), qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("3:1")) && problems.contains(QLatin1String("has no item 'gone'")), qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("no catalog named 'nocatalog'")), qPrintable(problems));
    QVERIFY2(request.body.startsWith(QLatin1String("A\n")) && request.body.endsWith(QLatin1String("B")), qPrintable(request.body));
}

void TestWorkspaceData::missingPermissionIsNamedAndTheRestRenders()
{
    WorkspaceDataLoader loader;
    loader.setClient(m_sandbox.client(ApiKeyTable::QuiklyKey), QStringLiteral("quikly-key"));
    RequestRenderer renderer;
    withLoader(renderer, loader);
    const RenderedRequest request = settle(renderer, loader, rawTemplate(QStringLiteral(
        "Hi {{${first_name}}} {{content_blocks.${greeting}}}{% catalog_items offers spring-sale %}")));
    const QString problems = problemTexts(request).join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QLatin1String("GET /content_blocks/list failed: the API key lacks the permission content_blocks.list")), qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("GET /catalogs/offers/items/spring-sale failed: the API key lacks the permission catalogs.get_item")), qPrintable(problems));
    QVERIFY2(request.body.startsWith(QLatin1String("Hi Jana ")), qPrintable(request.body));
}

void TestWorkspaceData::cacheIsKeptPerWorkspaceUntilRefresh()
{
    WorkspaceDataLoader loader;
    loader.setClient(m_sandbox.client(), QStringLiteral("sandbox"));
    RequestRenderer renderer;
    withLoader(renderer, loader);
    const WebhookTemplate webhook = rawTemplate(QStringLiteral("{{content_blocks.${greeting}}}"));
    QCOMPARE(settle(renderer, loader, webhook).body, QStringLiteral("Hello Jana"));
    const int callsBefore = m_sandbox.log().rowCount();

    // Another workspace and back: the first workspace's answers are still there, nothing is read again.
    loader.setClient(m_sandbox.client(ApiKeyTable::QuiklyKey), QStringLiteral("quikly-key"));
    loader.setClient(m_sandbox.client(), QStringLiteral("sandbox"));
    withLoader(renderer, loader);
    QCOMPARE(settle(renderer, loader, webhook).body, QStringLiteral("Hello Jana"));
    QCOMPARE(m_sandbox.log().rowCount(), callsBefore);

    // Refresh reads the block again and sees its new content.
    Braze::ContentBlockListQuery list;
    const Braze::ApiResult listed = TestSupport::resultOf(m_sandbox.client()->send(Braze::prepare(list)));
    QString id;
    for (const QJsonValue &v : listed.json.object().value(QLatin1String("content_blocks")).toArray()) {
        if (v.toObject().value(QLatin1String("name")).toString() == QLatin1String("greeting"))
            id = v.toObject().value(QLatin1String("content_block_id")).toString();
    }
    Braze::ContentBlockWrite update;
    update.contentBlockId = id;
    update.content = QStringLiteral("Hi again {{${first_name}}}");
    QVERIFY(TestSupport::resultOf(m_sandbox.client()->send(Braze::prepare(update))).succeeded());
    QCOMPARE(settle(renderer, loader, webhook).body, QStringLiteral("Hello Jana"));
    loader.refresh();
    QVERIFY(!loader.data()->readAt().isValid());
    QCOMPARE(settle(renderer, loader, webhook).body, QStringLiteral("Hi again Jana"));
    // Restore for the other tests.
    update.content = QStringLiteral("Hello {{${first_name}}}");
    QVERIFY(TestSupport::resultOf(m_sandbox.client()->send(Braze::prepare(update))).succeeded());
}

void TestWorkspaceData::localFolderOverridesTheWorkspace()
{
    WorkspaceDataLoader loader;
    loader.setClient(m_sandbox.client(), QStringLiteral("sandbox"));
    RequestRenderer renderer;
    auto local = std::make_shared<Liquid::MapTemplateSource>();
    local->insert(QStringLiteral("greeting"), QStringLiteral("Local {{${first_name}}}"));
    local->insert(QStringLiteral("huge"), QString(60 * 1024, QLatin1Char('x')));
    renderer.environment().setContentBlockSource(std::make_shared<Liquid::LayeredTemplateSource>(local, loader.data()));
    const RenderedRequest request = settle(renderer, loader, rawTemplate(QStringLiteral("{{content_blocks.${greeting}}}|{{content_blocks.${huge}}}")));
    QVERIFY2(request.body.startsWith(QLatin1String("Local Jana|")), qPrintable(request.body));
    QVERIFY2(problemTexts(request).join(QLatin1Char('\n')).contains(QLatin1String("at most 50 KB")), qPrintable(problemTexts(request).join(QLatin1Char('\n'))));
}

// The done-when scenario in braze-cli: a Content Block and a catalog item created through Braze's
// endpoints (initTestCase), a promotion code, message_extras and connected_content with :save
// answered by the template's stub: every value is filled; without the workspace they are problems.
void TestWorkspaceData::cliPreviewFillsEveryValueFromTheWorkspaceAndStubs()
{
    QTemporaryDir dir;
    WebhookTemplate webhook = rawTemplate(QStringLiteral(
        "{% connected_content https://api.partner.example.com/points?uid={{${user_id}}} :save points %}"
        "{% catalog_items offers spring-sale %}{% message_extras :key offer :value {{items[0].id}} %}"
        "greeting={{content_blocks.${greeting}}} offer={{items[0].title}} code={% promotion('spring') %} points={{points.balance}}"));
    webhook.stubs = {{QStringLiteral("https://api.partner.example.com/points*"), 200, {}, QStringLiteral(R"({"balance": 42})")}};
    QString error;
    QVERIFY2(TemplateFile::write(dir.filePath(QStringLiteral("t.json")), webhook, &error), qPrintable(error));
    QFile user(dir.filePath(QStringLiteral("u.json")));
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write(R"({"external_id": "u1", "first_name": "Jana"})");
    user.close();

    const auto run = [&](const QStringList &extra) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BRAZE_API_KEY"), QString::fromLatin1(ApiKeyTable::AllPermissionsKey));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(BRAZE_CLI), QStringList{QStringLiteral("webhook"), QStringLiteral("preview"), QStringLiteral("--template"),
                                                          dir.filePath(QStringLiteral("t.json")), QStringLiteral("--user"), user.fileName()} + extra);
        cli.waitForFinished(30000);
        return QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    };
    const QString online = run({QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString()});
    QVERIFY2(online.contains(QLatin1String("greeting=Hello Jana offer=Spring Sale code=PREVIEW-SPRING-1 points=42")), qPrintable(online));
    QVERIFY2(online.contains(QLatin1String("message_extras: offer = spring-sale")), qPrintable(online));
    QVERIFY2(online.contains(QLatin1String("stubbed: HTTP 200, saved as points")), qPrintable(online));

    // Without the workspace the block and the catalog are problems with their places; the stub still answers.
    const QString offline = run({});
    QVERIFY2(offline.contains(QLatin1String("1:196: content block 'greeting' was not found")), qPrintable(offline));
    QVERIFY2(offline.contains(QLatin1String("1:95: the preview has no catalog data")), qPrintable(offline));
    QVERIFY2(offline.contains(QLatin1String("stubbed: HTTP 200, saved as points")), qPrintable(offline));
}

QTEST_GUILESS_MAIN(TestWorkspaceData)
#include "tst_workspacedata.moc"
