// Contract tests: Content Blocks and e-mail templates (braze-api-more.md §7) checked with the
// console's Liquid engine, and catalogs with their items and Link pagination (§8).
#include "sandbox/apikeytable.h"
#include "sandbox/demoseed.h"
#include "sandboxtestclient.h"

#include <QtTest>

using namespace Sandbox;

namespace {
const QByteArray All = ApiKeyTable::AllPermissionsKey;
const QString Items = QStringLiteral("/catalogs/spring_products/items");
}

class TestSandboxContent : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;

    SandboxTestClient::Reply createBlock(const QJsonObject &body)
    {
        return m_client->post(QStringLiteral("/content_blocks/create"), body, All);
    }
    SandboxTestClient::Reply item(const QByteArray &method, const QString &id, const QJsonObject &fields = {})
    {
        const QByteArray body = method == "GET" || method == "DELETE"
            ? QByteArray()
            : QJsonDocument(QJsonObject{{"items", QJsonArray{fields}}}).toJson(QJsonDocument::Compact);
        return m_client->send(method, m_client->url(Items + QLatin1Char('/') + id), body, All);
    }
    QString errorId(const SandboxTestClient::Reply &r)
    {
        return r.json.value("errors").toArray().first().toObject().value("id").toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_host.startAndWait());
        m_client = std::make_unique<SandboxTestClient>(m_host.baseUrl());
    }
    void init()
    {
        QCOMPARE(m_client->control("POST", QStringLiteral("/_sandbox/reset")).status, 200);
    }

    void contentBlockLifecycle()
    {
        auto r = m_client->get(QStringLiteral("/content_blocks/list"), {}, All);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("count").toInt(), 2);
        const QJsonObject footer = r.json.value("content_blocks").toArray().first().toObject();
        QCOMPARE(footer.value("liquid_tag").toString(), QStringLiteral("{{content_blocks.${newsletter_footer}}}"));
        QCOMPARE(footer.value("inclusion_count").toInt(), 1);   // the seeded newsletter template

        r = createBlock({{"name", "welcome_banner"}, {"content", "Hi {{${first_name}}}"}, {"state", "draft"}, {"tags", QJsonArray{"spring"}}});
        QCOMPARE(r.status, 201);
        const QString id = r.json.value("content_block_id").toString();
        QCOMPARE(r.json.value("liquid_tag").toString(), QStringLiteral("{{content_blocks.${welcome_banner}}}"));
        QVERIFY(!r.json.value("created_at").toString().isEmpty());

        // A draft may be renamed and activated; then its name is fixed and it cannot go back.
        r = m_client->post(QStringLiteral("/content_blocks/update"), {{"content_block_id", id}, {"name", "welcome_hero"}, {"state", "active"}}, All);
        QCOMPARE(r.status, 201);
        QCOMPARE(m_client->post(QStringLiteral("/content_blocks/update"), {{"content_block_id", id}, {"name", "other"}}, All).message(),
                 QStringLiteral("Content Block name cannot be updated for active Content Blocks"));
        QCOMPARE(m_client->post(QStringLiteral("/content_blocks/update"), {{"content_block_id", id}, {"state", "draft"}}, All).message(),
                 QStringLiteral("Active Content Block can not be updated to Draft. Create a new Content Block."));
        r = m_client->get(QStringLiteral("/content_blocks/info"), {{"content_block_id", id}, {"include_inclusion_data", "true"}}, All);
        QCOMPARE(r.json.value("name").toString(), QStringLiteral("welcome_hero"));
        QCOMPARE(r.json.value("content").toString(), QStringLiteral("Hi {{${first_name}}}"));
        QCOMPARE(r.json.value("tags").toArray(), QJsonArray{"spring"});
        QVERIFY(r.json.value("inclusion_data").isArray());
        QCOMPARE(m_client->get(QStringLiteral("/content_blocks/list"), {}, All).json.value("count").toInt(), 3);
    }
    void contentBlockRefusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("no content") << QJsonObject{{"name", "a"}} << "Content cannot be blank";
        QTest::newRow("content number") << QJsonObject{{"name", "a"}, {"content", 5}} << "Content must be a string";
        QTest::newRow("malformed liquid") << QJsonObject{{"name", "a"}, {"content", "{% if x %}open"}} << "Content contains malformed liquid";
        QTest::newRow("itself") << QJsonObject{{"name", "loop"}, {"content", "{{content_blocks.${loop}}}"}}
                                << "Content Block cannot be referenced within itself";
        QTest::newRow("no name") << QJsonObject{{"content", "x"}} << "Content Block name cannot be blank";
        QTest::newRow("name chars") << QJsonObject{{"name", "a b"}, {"content", "x"}} << "Content Block name can only contain alphanumeric characters";
        QTest::newRow("name long") << QJsonObject{{"name", QString(100, 'a')}, {"content", "x"}}
                                   << "Content Block name must be shorter than 100 characters";
        QTest::newRow("name taken") << QJsonObject{{"name", "spring_offer"}, {"content", "x"}} << "Content Block with this name already exists";
        QTest::newRow("state") << QJsonObject{{"name", "a"}, {"content", "x"}, {"state", "live"}} << "Content Block state must be either active or draft";
        QTest::newRow("tags type") << QJsonObject{{"name", "a"}, {"content", "x"}, {"tags", "spring"}} << "Tags must be an array";
        QTest::newRow("tag strings") << QJsonObject{{"name", "a"}, {"content", "x"}, {"tags", QJsonArray{1}}} << "All tags must be strings";
        QTest::newRow("unknown tag") << QJsonObject{{"name", "a"}, {"content", "x"}, {"tags", QJsonArray{"nope"}}} << "Some tags could not be found";
        QTest::newRow("description") << QJsonObject{{"name", "a"}, {"content", "x"}, {"description", QString(250, 'd')}}
                                     << "Content Block description must be shorter than 250 characters";
        QTest::newRow("big") << QJsonObject{{"name", "a"}, {"content", QString(50 * 1024, 'x')}} << "Content must be smaller than 50kb";
    }
    void contentBlockRefusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, message);
        const auto r = createBlock(body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), message);
    }
    void contentBlockListAndInfoRefusals()
    {
        const auto list = [&](const QString &key, const QString &value) {
            return m_client->get(QStringLiteral("/content_blocks/list"), {{key, value}}, All).message();
        };
        QCOMPARE(list("limit", "0"), QStringLiteral("Content Block number limit must be greater than 0"));
        QCOMPARE(list("limit", "1001"), QStringLiteral("Content Block number limit exceeds maximum of 1000"));
        QCOMPARE(list("limit", "many"), QStringLiteral("Content Block number limit is invalid"));
        QCOMPARE(list("offset", "-1"), QStringLiteral("Offset must be greater than 0"));
        QCOMPARE(list("modified_after", "yesterday"), QStringLiteral("Modified after time is invalid"));
        QCOMPARE(m_client->get(QStringLiteral("/content_blocks/list"),
                               {{"modified_after", "2030-01-02T00:00:00Z"}, {"modified_before", "2030-01-01T00:00:00Z"}}, All).message(),
                 QStringLiteral("Modified after time must be earlier than or the same as modified before time."));
        QCOMPARE(m_client->get(QStringLiteral("/content_blocks/list"), {{"limit", "1"}, {"offset", "1"}}, All).json.value("content_blocks").toArray()
                     .first().toObject().value("name").toString(), QStringLiteral("spring_offer"));
        QCOMPARE(m_client->get(QStringLiteral("/content_blocks/info"), {}, All).message(), QStringLiteral("Content Block ID cannot be blank"));
        QCOMPARE(m_client->get(QStringLiteral("/content_blocks/info"), {{"content_block_id", "x"}}, All).message(),
                 QStringLiteral("Content Block ID is invalid for this workspace"));
        QCOMPARE(m_client->get(QStringLiteral("/content_blocks/info"), {{"content_block_id", DemoSeed::FooterBlockId}, {"include_inclusion_data", "yes"}}, All).message(),
                 QStringLiteral("Include Inclusion Data—error"));
    }

    void emailTemplates()
    {
        auto r = m_client->post(QStringLiteral("/templates/email/create"),
                                {{"template_name", "Receipt"}, {"subject", "Your order"}, {"body", "<p>Thanks</p>{{content_blocks.${newsletter_footer}}}"},
                                 {"should_inline_css", false}}, All);
        QCOMPARE(r.status, 201);
        const QString id = r.json.value("email_template_id").toString();
        QVERIFY(!id.isEmpty());
        // Update needs only the id and one field (the npm client's types require more).
        r = m_client->post(QStringLiteral("/templates/email/update"), {{"email_template_id", id}, {"subject", "Your order {{${first_name}}}"}}, All);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value("email_template_id").toString(), id);
        r = m_client->get(QStringLiteral("/templates/email/info"), {{"email_template_id", id}}, All);
        QCOMPARE(r.json.value("subject").toString(), QStringLiteral("Your order {{${first_name}}}"));
        QCOMPARE(r.json.value("template_name").toString(), QStringLiteral("Receipt"));
        QCOMPARE(r.json.value("should_inline_css").toBool(), false);
        QCOMPARE(r.message(), QStringLiteral("success"));
        r = m_client->get(QStringLiteral("/templates/email/list"), {}, All);
        QCOMPARE(r.json.value("count").toInt(), 2);
        QCOMPARE(r.message(), QStringLiteral("success"));

        const auto create = [&](const QJsonObject &b) { return m_client->post(QStringLiteral("/templates/email/create"), b, All).message(); };
        QCOMPARE(create({{"subject", "s"}, {"body", "b"}}), QStringLiteral("Template name is required"));
        QCOMPARE(create({{"template_name", "t"}, {"subject", "s"}, {"body", "{{content_blocks.${nope}}}"}}),
                 QStringLiteral("Email must have valid Content Block names"));
        QCOMPARE(create({{"template_name", "t"}, {"subject", "s"}, {"body", "b"}, {"should_inline_css", "true"}}),
                 QStringLiteral("Invalid value for 'should_inline_css'. One of 'true' or 'false' was expected"));
        QCOMPARE(create({{"template_name", "t"}, {"subject", "s"}, {"body", "b"}, {"tags", QJsonArray{"nope"}}}),
                 QStringLiteral("Some tags could not be found"));
        QVERIFY(create({{"template_name", "t"}, {"subject", "s"}, {"body", "{% for %}"}}).contains("Liquid"));
        QCOMPARE(m_client->post(QStringLiteral("/templates/email/update"), {{"email_template_id", id}}, All).status, 400);
    }

    void catalogsListAndCreate()
    {
        auto r = m_client->get(QStringLiteral("/catalogs"), {}, All);
        QCOMPARE(r.status, 200);
        const QJsonObject products = r.json.value("catalogs").toArray().first().toObject();
        QCOMPARE(products.value("name").toString(), QStringLiteral("spring_products"));
        QCOMPARE(products.value("num_items").toInt(), 60);
        QCOMPARE(products.value("fields").toArray().first().toObject().value("name").toString(), QStringLiteral("id"));

        const auto create = [&](const QJsonArray &catalogs) { return m_client->post(QStringLiteral("/catalogs"), {{"catalogs", catalogs}}, All); };
        const QJsonArray fields{QJsonObject{{"name", "id"}, {"type", "string"}}, QJsonObject{{"name", "rating"}, {"type", "number"}}};
        r = create({QJsonObject{{"name", "restaurants"}, {"description", "Places"}, {"fields", fields}}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value("catalogs").toArray().first().toObject().value("num_items").toInt(), 0);
        QCOMPARE(m_client->get(QStringLiteral("/catalogs"), {}, All).json.value("catalogs").toArray().size(), 2);

        QCOMPARE(errorId(create({QJsonObject{{"name", "restaurants"}, {"description", "d"}, {"fields", fields}}})), QStringLiteral("catalog-name-already-exists"));
        QCOMPARE(errorId(create({QJsonObject{{"name", "bad name"}, {"description", "d"}, {"fields", fields}}})), QStringLiteral("invalid-catalog-name"));
        QCOMPARE(errorId(create({QJsonObject{{"name", "x"}, {"description", "d"}, {"fields", QJsonArray{fields.at(1), fields.at(0)}}}})),
                 QStringLiteral("id-not-first-column"));
        QCOMPARE(errorId(create({QJsonObject{{"name", "x"}, {"description", "d"}, {"fields", QJsonArray{fields.at(0), fields.at(0)}}}})),
                 QStringLiteral("field-names-not-unique"));
        QCOMPARE(errorId(create({QJsonObject{{"name", "x"}, {"description", "d"}, {"fields", QJsonArray{fields.at(0), QJsonObject{{"name", "a"}, {"type", "date"}}}}}})),
                 QStringLiteral("invalid-field-types"));
        r = create({QJsonObject{{"name", "a"}, {"description", "d"}, {"fields", fields}}, QJsonObject{{"name", "b"}, {"description", "d"}, {"fields", fields}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorId(r), QStringLiteral("too-many-catalog-atoms"));
        QCOMPARE(r.message(), QStringLiteral("Invalid Request"));

        QCOMPARE(m_client->send("DELETE", m_client->url(QStringLiteral("/catalogs/restaurants")), {}, All).status, 200);
        QCOMPARE(errorId(m_client->send("DELETE", m_client->url(QStringLiteral("/catalogs/restaurants")), {}, All)), QStringLiteral("catalog-not-found"));
    }
    void itemsPageWithLinkHeader()
    {
        auto r = m_client->get(Items, {}, All);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("items").toArray().size(), 50);
        const QString link = QString::fromUtf8(r.header("Link"));
        // Exactly what the npm client parses: <root-relative path>; rel="next", no prev on the first page.
        const QRegularExpression next(QStringLiteral("<(/catalogs/spring_products/items\\?cursor=[^>]+)>; rel=\"next\""));
        const auto match = next.match(link);
        QVERIFY2(match.hasMatch(), qPrintable(link));
        QVERIFY(!link.contains("prev"));
        r = m_client->send("GET", m_host.baseUrl().resolved(QUrl(match.captured(1))), {}, All);
        QCOMPARE(r.json.value("items").toArray().size(), 10);
        QCOMPARE(r.json.value("items").toArray().first().toObject().value("id").toString(), QStringLiteral("product_051"));
        QVERIFY(r.header("Link").contains("rel=\"prev\""));
        QVERIFY(!r.header("Link").contains("rel=\"next\""));

        r = m_client->get(Items, {{"cursor", "garbage"}}, All);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorId(r), QStringLiteral("invalid-cursor"));
        QCOMPARE(r.json.value("errors").toArray().first().toObject().value("message").toString(), QStringLiteral("'cursor' is not valid"));
        QCOMPARE(m_client->get(QStringLiteral("/catalogs/nope/items"), {}, All).status, 404);
    }
    void itemWrites()
    {
        auto r = item("GET", "product_001");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("items").toArray().size(), 1);
        QCOMPARE(r.json.value("items").toArray().first().toObject().value("id").toString(), QStringLiteral("product_001"));
        r = item("GET", "product_999");
        QCOMPARE(r.status, 404);
        const QJsonObject error = r.json.value("errors").toArray().first().toObject();
        QCOMPARE(error.value("id").toString(), QStringLiteral("item-not-found"));
        QCOMPARE(error.value("message").toString(), QStringLiteral("Could not find item"));
        QCOMPARE(error.value("parameters").toArray(), QJsonArray{"item_id"});
        QCOMPARE(error.value("parameter_values").toArray(), QJsonArray{"product_999"});

        QCOMPARE(item("POST", "product_100", {{"name", "Kite"}, {"price", 19.5}, {"in_stock", true}}).status, 201);
        QCOMPARE(errorId(item("POST", "product_100", {{"name", "Kite"}})), QStringLiteral("item-already-exists"));
        QCOMPARE(item("PATCH", "product_100", {{"price", 17.0}}).status, 200);
        QCOMPARE(item("GET", "product_100").json.value("items").toArray().first().toObject().value("price").toDouble(), 17.0);
        QCOMPARE(item("GET", "product_100").json.value("items").toArray().first().toObject().value("name").toString(), QStringLiteral("Kite"));
        // PUT replaces the whole item, and creates a missing one.
        QCOMPARE(item("PUT", "product_100", {{"name", "Big kite"}}).status, 200);
        QVERIFY(!item("GET", "product_100").json.value("items").toArray().first().toObject().contains("price"));
        QCOMPARE(item("PUT", "product_101", {{"name", "Ball"}}).status, 200);
        QCOMPARE(item("DELETE", "product_100").status, 202);
        QCOMPARE(item("DELETE", "product_100").status, 404);
        QCOMPARE(m_client->get(QStringLiteral("/catalogs"), {}, All).json.value("catalogs").toArray().first().toObject().value("num_items").toInt(), 61);

        QCOMPARE(errorId(item("PATCH", "product_555", {{"price", 1.0}})), QStringLiteral("item-not-found"));
        QCOMPARE(errorId(item("POST", "product_102", {{"id", "x"}})), QStringLiteral("id-in-body"));
        QCOMPARE(errorId(item("POST", "product_102", {{"colour", "red"}})), QStringLiteral("invalid-fields"));
        QCOMPARE(errorId(item("POST", "product_102", {{"price", "cheap"}})), QStringLiteral("unable-to-coerce-value"));
        QCOMPARE(errorId(item("POST", "bad%20id", {{"price", 1.0}})), QStringLiteral("invalid-ids"));
        QCOMPARE(errorId(item("POST", QString(251, 'a'), {{"price", 1.0}})), QStringLiteral("ids-too-large"));
        QCOMPARE(errorId(item("POST", "product_102", {{"name", QString(5001, 'n')}})), QStringLiteral("items-too-large"));
        const auto two = m_client->send("POST", m_client->url(Items + QStringLiteral("/product_103")),
                                        QJsonDocument(QJsonObject{{"items", QJsonArray{QJsonObject{}, QJsonObject{}}}}).toJson(), All);
        QCOMPARE(errorId(two), QStringLiteral("request-includes-too-many-items"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxContent)
#include "tst_sandbox_content.moc"
