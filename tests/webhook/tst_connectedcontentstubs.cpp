#include "webhook/connectedcontentsource.h"
#include "webhook/requestrenderer.h"
#include "webhook/templatefile.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Webhook;

// A stand-in for the network: counts calls and answers what the test says.
class FakeServer : public Liquid::ConnectedContentFetcher
{
public:
    int status = 200;
    QByteArray body = R"({"offer": "live"})";
    QList<Liquid::ConnectedContentRequest> requests;
    Liquid::ConnectedContentResponse fetch(const Liquid::ConnectedContentRequest &request) override
    {
        requests.append(request);
        Liquid::ConnectedContentResponse r;
        r.performed = true;
        r.status = status;
        r.body = body;
        r.origin = Liquid::ConnectedContentResponse::Origin::Live;
        return r;
    }
};

// connected_content's documented options in the webhook preview (braze-liquid.md §7.1): canned
// answers saved with the template, the cache, :retry and abort_message, :basic_auth.
class TestConnectedContentStubs : public QObject
{
    Q_OBJECT

private slots:
    void stubsAreSavedWithTheTemplate();
    void stubAnswersOfflineAndSaysSo();
    void failedCallWithRetryAbortsTheMessage();
    void templatesOwnAbortWinsOverRetry();
    void notFoundRendersNothingWithoutRetry();
    void getIsCachedAndPostOnlyWithCacheMaxAge();
    void cacheMaxAgeOutOfRangeIsAWarningWithPosition();
    void basicAuthUsesTheCredentialOrAborts();

private:
    static WebhookTemplate body(const QString &liquid, const QList<ConnectedContentStub> &stubs = {});
    static RenderedRequest render(RequestRenderer &renderer, const WebhookTemplate &webhook) { return renderer.render(webhook, Liquid::Value(Liquid::Object())); }
};

WebhookTemplate TestConnectedContentStubs::body(const QString &liquid, const QList<ConnectedContentStub> &stubs)
{
    WebhookTemplate webhook;
    webhook.url = QStringLiteral("https://example.com/hook");
    webhook.bodyMode = BodyMode::RawText;
    webhook.rawBody = liquid;
    webhook.stubs = stubs;
    return webhook;
}

void TestConnectedContentStubs::stubsAreSavedWithTheTemplate()
{
    QTemporaryDir dir;
    WebhookTemplate webhook = body(QStringLiteral("x"));
    webhook.name = QStringLiteral("Stubbed");
    webhook.stubs = {{QStringLiteral("https://api.example.com/offers*"), 503, {{QStringLiteral("Retry-After"), QStringLiteral("5")}}, QStringLiteral("busy")}};
    const QString path = dir.filePath(QStringLiteral("t.json"));
    QString error;
    QVERIFY2(TemplateFile::write(path, webhook, &error), qPrintable(error));
    WebhookTemplate read;
    QVERIFY2(TemplateFile::read(path, &read, &error), qPrintable(error));
    QCOMPARE(read.stubs, webhook.stubs);
    QVERIFY(read.stubs.first().matches(QStringLiteral("https://api.example.com/offers?uid=7")));
    QVERIFY(!read.stubs.first().matches(QStringLiteral("https://api.example.com/other")));
}

void TestConnectedContentStubs::stubAnswersOfflineAndSaysSo()
{
    RequestRenderer renderer; // no network at all
    const RenderedRequest request = render(renderer, body(
        QStringLiteral("{% connected_content https://api.example.com/offers?uid=1 :save offers %}{{offers.items[0].title}} {{offers.__http_status_code__}}"),
        {{QStringLiteral("https://api.example.com/offers*"), 200, {}, QStringLiteral(R"({"items": [{"title": "Spring Sale"}]})")}}));
    QCOMPARE(request.body, QStringLiteral("Spring Sale 200"));
    QCOMPARE(request.connectedContent.size(), 1);
    QCOMPARE(ConnectedContentSource::describe(request.connectedContent.first()),
             QStringLiteral("GET https://api.example.com/offers?uid=1 — stubbed: HTTP 200, saved as offers"));
}

void TestConnectedContentStubs::failedCallWithRetryAbortsTheMessage()
{
    RequestRenderer renderer;
    const QList<ConnectedContentStub> down{{QStringLiteral("https://api.example.com/x"), 500, {}, QStringLiteral("oops")}};
    const RenderedRequest retried = render(renderer, body(QStringLiteral("{% connected_content https://api.example.com/x :retry :save r %}Hi"), down));
    QVERIFY(retried.aborted);
    QVERIFY2(retried.abortMessage.contains(QLatin1String("HTTP 500")) && retried.abortMessage.contains(QLatin1String("up to 5 more times")),
             qPrintable(retried.abortMessage));
    QVERIFY(ConnectedContentSource::describe(retried.connectedContent.first()).contains(QLatin1String("Braze would retry it")));

    // Without :retry the message goes out without the content.
    const RenderedRequest once = render(renderer, body(QStringLiteral("{% connected_content https://api.example.com/x :save r %}Hi"), down));
    QVERIFY(!once.aborted);
    QCOMPARE(once.body, QStringLiteral("Hi"));
}

void TestConnectedContentStubs::templatesOwnAbortWinsOverRetry()
{
    RequestRenderer renderer;
    const RenderedRequest request = render(renderer, body(
        QStringLiteral("{% connected_content https://api.example.com/x :retry :save r %}{% if r.__http_status_code__ != 200 %}{% abort_message('partner down') %}{% endif %}"),
        {{QStringLiteral("https://api.example.com/x"), 502, {}, QStringLiteral(R"({"error": 1})")}}));
    QVERIFY(request.aborted);
    QCOMPARE(request.abortMessage, QStringLiteral("partner down"));
}

void TestConnectedContentStubs::notFoundRendersNothingWithoutRetry()
{
    RequestRenderer renderer;
    const RenderedRequest request = render(renderer, body(QStringLiteral("[{% connected_content https://api.example.com/x :retry %}]"),
                                                          {{QStringLiteral("https://api.example.com/x"), 404, {}, QStringLiteral("Not Found")}}));
    QVERIFY(!request.aborted);
    QCOMPARE(request.body, QStringLiteral("[]"));
}

void TestConnectedContentStubs::getIsCachedAndPostOnlyWithCacheMaxAge()
{
    RequestRenderer renderer;
    auto server = std::make_shared<FakeServer>();
    renderer.environment().setConnectedContentFetcher(server);
    const WebhookTemplate get = body(QStringLiteral("{% connected_content https://api.example.com/o :save o %}{{o.offer}}"));
    QCOMPARE(render(renderer, get).body, QStringLiteral("live"));
    const RenderedRequest again = render(renderer, get);
    QCOMPARE(again.body, QStringLiteral("live"));
    QCOMPARE(server->requests.size(), 1);
    QVERIFY(ConnectedContentSource::describe(again.connectedContent.first()).contains(QLatin1String("cached: HTTP 200")));

    const WebhookTemplate post = body(QStringLiteral("{% connected_content https://api.example.com/p :method post :body a=1 :save o %}{{o.offer}}"));
    render(renderer, post);
    render(renderer, post);
    QCOMPARE(server->requests.size(), 3);
    const WebhookTemplate cachedPost = body(QStringLiteral("{% connected_content https://api.example.com/p :method post :body a=2 :cache_max_age 900 :save o %}{{o.offer}}"));
    render(renderer, cachedPost);
    render(renderer, cachedPost);
    QCOMPARE(server->requests.size(), 4);

    // :no_cache asks every time.
    const WebhookTemplate noCache = body(QStringLiteral("{% connected_content https://api.example.com/n :no_cache %}"));
    render(renderer, noCache);
    render(renderer, noCache);
    QCOMPARE(server->requests.size(), 6);
}

void TestConnectedContentStubs::cacheMaxAgeOutOfRangeIsAWarningWithPosition()
{
    RequestRenderer renderer;
    const RenderedRequest request = render(renderer, body(QStringLiteral("x\n{% connected_content https://api.example.com/x :cache_max_age 60 %}"),
                                                          {{QStringLiteral("https://api.example.com/x"), 200, {}, QStringLiteral("ok")}}));
    QString problems;
    for (const WebhookProblem &p : request.problems)
        problems += p.format() + QLatin1Char('\n');
    QVERIFY2(problems.contains(QLatin1String("2:")) && problems.contains(QLatin1String("300 to 14400")), qPrintable(problems));
}

void TestConnectedContentStubs::basicAuthUsesTheCredentialOrAborts()
{
    RequestRenderer renderer;
    auto server = std::make_shared<FakeServer>();
    renderer.environment().setConnectedContentFetcher(server);
    const WebhookTemplate webhook = body(QStringLiteral("{% connected_content https://api.example.com/a :basic_auth partner_login :no_cache %}"));
    const RenderedRequest missing = render(renderer, webhook);
    QVERIFY(missing.aborted);
    QVERIFY2(missing.abortMessage.contains(QLatin1String("partner_login")), qPrintable(missing.abortMessage));
    QVERIFY(server->requests.isEmpty());

    renderer.setPreviewCredentials({{QStringLiteral("connected_content/partner_login"), QStringLiteral("jana:s3cret")}});
    QVERIFY(!render(renderer, webhook).aborted);
    QCOMPARE(server->requests.size(), 1);
    bool found = false;
    for (const auto &[name, value] : server->requests.first().headers)
        found = found || (name == QLatin1String("Authorization") && value == QLatin1String("Basic amFuYTpzM2NyZXQ="));
    QVERIFY(found);
    QCOMPARE(ConnectedContentSource::credentialSecretNamesIn(webhook.rawBody), QStringList{QStringLiteral("connected_content/partner_login")});
}

QTEST_GUILESS_MAIN(TestConnectedContentStubs)
#include "tst_connectedcontentstubs.moc"
