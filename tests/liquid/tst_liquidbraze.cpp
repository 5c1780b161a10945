#include "liquidtesthelpers.h"

// Braze's Liquid flavour (braze-liquid.md §2, §3, §7): ${...} attributes, {{ }} inside tags,
// content blocks, abort_message and connected_content.
class TestLiquidBraze : public QObject
{
    Q_OBJECT

private slots:
    void attributeSyntax_data();
    void attributeSyntax();
    void contentBlocksNestOneLevel();
    void abortMessageForms_data();
    void abortMessageForms();
    void connectedContentAsksTheHost();
    void connectedContentRefusedIsRecorded();
    void connectedContentOptionsAreSplitBeforeSubstitution();
};

static const char *kProfile = R"json({
  "first_name": "Janet", "language": "en", "time_zone": "America/Chicago",
  "custom_attribute": {"zip code": "60601", "giftcard_balance": 10, "current_rewards_balance": 5,
                       "most_played_song": [{"artist_name": "Nina"}], "address": {"city": "Chicago"}},
  "event_properties": {"r_details": {"location": {"city": "Paris"}}, "songs": [{"title": "A"}, {"title": "B"}]}
})json";

void TestLiquidBraze::attributeSyntax_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("standard attribute") << "Hi {{${first_name}}}!" << "Hi Janet!";
    QTest::newRow("default for missing") << "{{ ${last_name} | default: 'there' }}" << "there";
    QTest::newRow("custom attribute with space") << "{{custom_attribute.${zip code}}}" << "60601";
    QTest::newRow("nested after wrapper") << "{{custom_attribute.${most_played_song}[0].artist_name}}" << "Nina";
    QTest::newRow("path inside wrapper") << "{{custom_attribute.${address.city}}}" << "Chicago";
    QTest::newRow("event properties") << "{{event_properties.${r_details}.location.city}}/{{event_properties.${songs}[1].title}}" << "Paris/B";
    QTest::newRow("bare in if") << "{% if ${language} == 'en' %}EN{% endif %}" << "EN";
    QTest::newRow("braces in if") << "{% if {{custom_attribute.${giftcard_balance}}} == 10 %}ten{% endif %}" << "ten";
    QTest::newRow("braces in assign") << "{% assign balance = {{custom_attribute.${current_rewards_balance}}} %}${{custom_attribute.${giftcard_balance} | plus: {{balance}}}}" << "$15";
    QTest::newRow("missing renders empty") << "[{{custom_attribute.${nope}}}]" << "[]";
}

void TestLiquidBraze::attributeSyntax()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(LiquidTest::render(source, kProfile), expected);
}

void TestLiquidBraze::contentBlocksNestOneLevel()
{
    Liquid::Environment env;
    auto blocks = std::make_shared<Liquid::MapTemplateSource>();
    blocks->insert(QStringLiteral("greeting"), QStringLiteral("Hello {{${first_name}}}{{content_blocks.${footer}}}"));
    blocks->insert(QStringLiteral("footer"), QStringLiteral(" - team{{content_blocks.${deep}}}"));
    blocks->insert(QStringLiteral("deep"), QStringLiteral("THIRD LEVEL"));
    env.setContentBlockSource(blocks);
    const Liquid::RenderResult r = LiquidTest::renderWith(env, QStringLiteral("{{content_blocks.${greeting}}}!"), kProfile);
    QCOMPARE(r.output, QStringLiteral("Hello Janet - team!"));
    const Liquid::TemplatePtr t = env.parse(QStringLiteral("{{content_blocks.${greeting}}}"));
    QCOMPARE(t->analysis().contentBlocks, QStringList{QStringLiteral("greeting")});
}

void TestLiquidBraze::abortMessageForms_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");
    QTest::newRow("bare") << "a{% abort_message %}b" << "";
    QTest::newRow("empty parens") << "a{% abort_message() %}b" << "";
    QTest::newRow("single quotes") << "a{% abort_message('no email') %}b" << "no email";
    QTest::newRow("double quotes, space") << "a{% abort_message (\"Outside window\") %}b" << "Outside window";
}

void TestLiquidBraze::abortMessageForms()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    Liquid::Environment env;
    const Liquid::RenderResult r = LiquidTest::renderWith(env, source);
    QVERIFY(r.aborted);
    QCOMPARE(r.abortMessage, message);
    QCOMPARE(r.output, QStringLiteral("a"));
    QVERIFY(r.errors.isEmpty());
}

namespace {
class FakeFetcher : public Liquid::ConnectedContentFetcher
{
public:
    QList<Liquid::ConnectedContentRequest> requests;
    Liquid::ConnectedContentResponse fetch(const Liquid::ConnectedContentRequest &request) override
    {
        requests.append(request);
        Liquid::ConnectedContentResponse r;
        r.performed = true;
        r.status = 200;
        r.body = request.url.contains(QStringLiteral("text")) ? QByteArray("plain words") : QByteArray("{\"items\": [{\"name\": \"offer\"}]}");
        return r;
    }
};
} // namespace

void TestLiquidBraze::connectedContentAsksTheHost()
{
    Liquid::Environment env;
    auto fetcher = std::make_shared<FakeFetcher>();
    env.setConnectedContentFetcher(fetcher);
    const QString source = QStringLiteral(
        "{% connected_content https://api.example.com/offers?name={{${first_name} | url_param_escape}} :method post\n"
        "   :headers {\"Authorization\": \"Bearer {{ 'tok' }}\"} :body a=1&b=2 :cache_max_age 900 :save offers %}"
        "{{ offers.items[0].name }} {{ offers.__http_status_code__ }}|{% connected_content https://x.test/text %}");
    const Liquid::RenderResult r = LiquidTest::renderWith(env, source, kProfile);
    QVERIFY2(r.errors.isEmpty(), r.errors.isEmpty() ? "" : qPrintable(r.errors.first().format()));
    QCOMPARE(r.output, QStringLiteral("offer 200|plain words"));
    QCOMPARE(fetcher->requests.size(), 2);
    const Liquid::ConnectedContentRequest &q = fetcher->requests.first();
    QCOMPARE(q.url, QStringLiteral("https://api.example.com/offers?name=Janet"));
    QCOMPARE(q.method, QStringLiteral("POST"));
    QCOMPARE(q.headers.size(), 1);
    QCOMPARE(q.headers.first().second, QStringLiteral("Bearer tok"));
    QCOMPARE(q.body, QStringLiteral("a=1&b=2"));
    QCOMPARE(q.cacheMaxAge, 900);
    QCOMPARE(q.saveAs, QStringLiteral("offers"));
    QCOMPARE(r.connectedContent.size(), 2);
}

void TestLiquidBraze::connectedContentRefusedIsRecorded()
{
    Liquid::Environment env; // no fetcher: the preview does not call out
    const Liquid::RenderResult r = LiquidTest::renderWith(env,
        QStringLiteral("{% connected_content https://api.example.com/u/{{${first_name}}} :save x %}{% if x == nil %}none{% endif %}"), kProfile);
    QCOMPARE(r.output, QStringLiteral("none"));
    QCOMPARE(r.connectedContent.size(), 1);
    QVERIFY(!r.connectedContent.first().response.performed);
    QCOMPARE(r.connectedContent.first().request.url, QStringLiteral("https://api.example.com/u/Janet"));
}

void TestLiquidBraze::connectedContentOptionsAreSplitBeforeSubstitution()
{
    // A captured body and a URL parameter holding spaces stay one option value each.
    Liquid::Environment env;
    auto fetcher = std::make_shared<FakeFetcher>();
    env.setConnectedContentFetcher(fetcher);
    const QString source = QStringLiteral(
        "{% capture postbody %}{\"campaign\": \"New Year Sale\", \"user\": \"{{${first_name}}}\"}{% endcapture %}"
        "{% assign promo = 'New Year Sale' %}"
        "{% connected_content https://api.example.com/offers?promo={{promo}} :method post :body {{postbody}}\n"
        "  :content_type application/json :headers {\"X-Label\": \"{{ promo | downcase }}\"} :retry :save offers %}");
    const Liquid::RenderResult r = LiquidTest::renderWith(env, source, kProfile);
    QVERIFY2(r.errors.isEmpty(), r.errors.isEmpty() ? "" : qPrintable(r.errors.first().format()));
    QCOMPARE(fetcher->requests.size(), 1);
    const Liquid::ConnectedContentRequest &q = fetcher->requests.first();
    QCOMPARE(q.url, QStringLiteral("https://api.example.com/offers?promo=New Year Sale"));
    QCOMPARE(q.body, QStringLiteral("{\"campaign\": \"New Year Sale\", \"user\": \"Janet\"}"));
    QCOMPARE(q.contentType, QStringLiteral("application/json"));
    QCOMPARE(q.headers.value(0).second, QStringLiteral("new year sale"));
    QVERIFY(q.retry);
    QCOMPARE(q.saveAs, QStringLiteral("offers"));
}

QTEST_GUILESS_MAIN(TestLiquidBraze)
#include "tst_liquidbraze.moc"
