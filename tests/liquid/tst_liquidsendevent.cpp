#include "liquidtesthelpers.h"

// Braze tags the preview fills in (braze-liquid.md §7.4-7.6): promotion codes, message_extras
// and catalogs, each with the problems a marketer needs to see.
class TestLiquidSendEvent : public QObject
{
    Q_OBJECT

private slots:
    void promotionShowsASampleAndWarnsAboutConsumption();
    void messageExtrasAreListedNotRendered();
    void messageExtrasMisuseIsAProblem_data();
    void messageExtrasMisuseIsAProblem();
    void catalogItemsFromTheCatalogSource();
    void missingCatalogsAndItemsAreProblems();
    void catalogRerenderRendersStoredLiquid();
};

void TestLiquidSendEvent::promotionShowsASampleAndWarnsAboutConsumption()
{
    Liquid::Environment env;
    const Liquid::TemplatePtr t = env.parse(QStringLiteral(
        "{% if vip %}{% promotion('vip-deal') %}{% else %}\n  {% promotion(\"regular-deal\") %}{% endif %}|{% promotion('vip-deal') %}"));
    QVERIFY(t);
    const Liquid::RenderResult r = env.render(*t, LiquidTest::json("{\"vip\": true}"));
    QCOMPARE(r.output, QStringLiteral("PREVIEW-VIP-DEAL-1|PREVIEW-VIP-DEAL-2"));
    QCOMPARE(r.promotionCodes.size(), 2);
    QCOMPARE(r.promotionCodes.first().list, QStringLiteral("vip-deal"));
    // Every snippet warns, and the one in a branch says which condition does not protect it.
    const QList<Liquid::Diagnostic> &warnings = t->analysis().warnings;
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings.at(1).line, 2);
    QVERIFY2(warnings.at(1).message.contains(QStringLiteral("'regular-deal'")) && warnings.at(1).message.contains(QStringLiteral("'if' at line 1")),
             qPrintable(warnings.at(1).message));
    QVERIFY(!warnings.at(2).message.contains(QStringLiteral("branch")));
}

void TestLiquidSendEvent::messageExtrasAreListedNotRendered()
{
    Liquid::Environment env;
    const Liquid::RenderResult r = LiquidTest::renderWith(env, QStringLiteral(
        "a{% message_extras :key campaign_tier :value {{ tier | upcase }} %}b"
        "{% message_extras :key campaign_tier :value other %}"
        "{% message_extras :key note :value {{ note }} %}"), "{\"tier\": \"gold\", \"note\": \"%1\"}");
    QCOMPARE(r.output, QStringLiteral("ab"));
    QCOMPARE(r.messageExtras.size(), 2);
    QCOMPARE(r.messageExtras.at(0).key, QStringLiteral("campaign_tier"));
    QCOMPARE(r.messageExtras.at(0).value, QStringLiteral("GOLD")); // the first value of a key wins
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.first().message.contains(QStringLiteral("already set")));

    // Keys and values are cut at 1 KB in total.
    const QString longValue(1100, QLatin1Char('x'));
    const Liquid::RenderResult big = LiquidTest::renderWith(env, QStringLiteral("{% message_extras :key k :value ") + longValue
                                                                     + QStringLiteral(" %}{% message_extras :key late :value v %}"));
    QCOMPARE(big.messageExtras.size(), 1);
    QCOMPARE(big.messageExtras.first().value.size(), 1023);
    QCOMPARE(big.warnings.size(), 2);
}

void TestLiquidSendEvent::messageExtrasMisuseIsAProblem_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("value first") << "{% message_extras :value v :key k %}" << ":key before :value";
    QTest::newRow("no value") << "{% message_extras :key k %}" << "both :key and :value";
    QTest::newRow("empty key") << "{% message_extras :key :value v %}" << "has no value";
    QTest::newRow("a tag inside") << "{% message_extras :key k :value {% if x %}y{% endif %} %}" << "no tags";
}

void TestLiquidSendEvent::messageExtrasMisuseIsAProblem()
{
    QFETCH(QString, source);
    QFETCH(QString, messagePart);
    Liquid::Environment env;
    Liquid::Diagnostic error;
    const Liquid::TemplatePtr t = env.parse(source, QStringLiteral("t"), &error);
    if (!t) {
        // `{%` inside the tag's markup ends the tag early: the rest is a syntax error.
        QVERIFY2(messagePart == QLatin1String("no tags"), qPrintable(error.format()));
        return;
    }
    QVERIFY(!t->analysis().warnings.isEmpty());
    QVERIFY2(t->analysis().warnings.first().message.contains(messagePart), qPrintable(t->analysis().warnings.first().message));
    QVERIFY(env.render(*t, LiquidTest::json("{}")).messageExtras.isEmpty());
}

static std::shared_ptr<Liquid::JsonCatalogSource> games()
{
    return std::make_shared<Liquid::JsonCatalogSource>(LiquidTest::json(R"json({
      "games": {"items": [{"id": "g1", "title": "Chess", "price": 10},
                          {"id": "g2", "title": "Go", "price": 12},
                          {"id": "g3", "title": "Hi {{ first_name }}", "price": 0}],
                "selections": {"cheap": ["g2", "g3"]}},
      "spiele": {"items": [{"id": "g1", "title": "Schach"}]}
    })json"));
}

void TestLiquidSendEvent::catalogItemsFromTheCatalogSource()
{
    Liquid::Environment env;
    env.setCatalogSource(games());
    const Liquid::RenderResult r = LiquidTest::renderWith(env, QStringLiteral(
        "{% assign wish = 'g2' %}{% catalog_items games g1 {{ wish }} %}{{ items[0].title }}, {{ items[1].title }} ({{ items.size }})|"
        "{% catalog_items {{ catalog }} g1 %}{{ items[0].title }}|"
        "{% catalog_selection_items games cheap %}{% for i in items %}{{ i.price }};{% endfor %}"), "{\"catalog\": \"spiele\"}");
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(r.output, QStringLiteral("Chess, Go (2)|Schach|12;0;"));
}

void TestLiquidSendEvent::missingCatalogsAndItemsAreProblems()
{
    Liquid::Environment env;
    env.setCatalogSource(games());
    const Liquid::RenderResult r = LiquidTest::renderWith(env, QStringLiteral(
        "{% catalog_items games g1 nope %}{{ items.size }}\n{% catalog_items nosuch g1 %}{{ items.size }}"));
    QCOMPARE(r.output, QStringLiteral("1\n0"));
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY(r.warnings.at(0).message.contains(QStringLiteral("'nope'")));
    QCOMPARE(r.warnings.at(1).line, 2);
    QVERIFY(r.warnings.at(1).message.contains(QStringLiteral("'nosuch'")));

    Liquid::Environment offline; // no catalog data at all: said, not silently blank
    const Liquid::RenderResult none = LiquidTest::renderWith(offline, QStringLiteral("{% catalog_items games g1 %}{{ items.size }}"));
    QCOMPARE(none.output, QStringLiteral("0"));
    QCOMPARE(none.warnings.size(), 1);

    Liquid::Diagnostic error;
    QVERIFY(!env.parse(QStringLiteral("{% catalog_items games %}"), QStringLiteral("t"), &error));
    QVERIFY(error.message.contains(QStringLiteral("catalog_items catalog_name item_id")));
}

void TestLiquidSendEvent::catalogRerenderRendersStoredLiquid()
{
    Liquid::Environment env;
    env.setCatalogSource(games());
    QCOMPARE(LiquidTest::renderWith(env, QStringLiteral("{% catalog_items games g3 %}{{ items[0].title }}"), "{\"first_name\": \"Ada\"}").output,
             QStringLiteral("Hi {{ first_name }}"));
    QCOMPARE(LiquidTest::renderWith(env, QStringLiteral("{% catalog_items games g3 :rerender %}{{ items[0].title }}"), "{\"first_name\": \"Ada\"}").output,
             QStringLiteral("Hi Ada"));
}

QTEST_GUILESS_MAIN(TestLiquidSendEvent)
#include "tst_liquidsendevent.moc"
