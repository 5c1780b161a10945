#include "liquidtesthelpers.h"

#include "liquid/parser.h"

// Tags and filters are registered per environment (python-liquid's shape): a pure Shopify
// environment, the Braze one and a test's own with an extra tag and filter live side by side.
class TestLiquidEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void dialectsKnowTheirOwnTagsAndFilters();
    void anEnvironmentsOwnTagStaysItsOwn();
    void templatesKeepTheFiltersTheyWereParsedWith();
};

namespace {

// {% shout word %} renders WORD!: a tag only one test environment knows.
class ShoutNode : public Liquid::Node
{
public:
    ShoutNode(qsizetype offset, QString word) : Node(offset), m_word(std::move(word)) {}
    void render(Liquid::RenderContext &, QString &out) const override { out += m_word.toUpper() + QLatin1Char('!'); }

private:
    QString m_word;
};

std::unique_ptr<Liquid::Node> parseShout(Liquid::Parser &, const Liquid::Token &tag, Liquid::TokenStream &)
{
    return std::make_unique<ShoutNode>(tag.offset, tag.markup.toString());
}

Liquid::Value twice(const Liquid::Value &input, const Liquid::FilterArgs &, Liquid::FilterContext &)
{
    return Liquid::Value(input.toString() + input.toString());
}

} // namespace

void TestLiquidEnvironment::dialectsKnowTheirOwnTagsAndFilters()
{
    Liquid::Environment shopify(Liquid::Environment::Dialect::Shopify);
    Liquid::Environment braze;
    Liquid::Diagnostic error;
    QVERIFY(!shopify.parse(QStringLiteral("{% abort_message('x') %}"), QString(), &error));
    QVERIFY2(error.message.contains(QStringLiteral("unknown tag 'abort_message'")), qPrintable(error.message));
    QVERIFY(braze.parse(QStringLiteral("{% abort_message('x') %}")));
    QVERIFY(shopify.tags().find(u"connected_content") == nullptr);
    QVERIFY(braze.tags().find(u"connected_content") != nullptr);

    // An unknown filter passes its input through in lax mode, with a warning.
    QCOMPARE(LiquidTest::renderWith(shopify, QStringLiteral("{{ 'a' | md5 }}")).output, QStringLiteral("a"));
    QCOMPARE(LiquidTest::renderWith(braze, QStringLiteral("{{ 'a' | md5 }}")).output, QStringLiteral("0cc175b9c0f1b6a831c399e269772661"));
    QVERIFY(shopify.filters().find(u"upcase") && !shopify.filters().find(u"md5"));
}

void TestLiquidEnvironment::anEnvironmentsOwnTagStaysItsOwn()
{
    Liquid::Environment test;
    test.registerTag(QStringLiteral("shout"), &parseShout);
    test.registerFilter(QStringLiteral("twice"), &twice);
    Liquid::Environment braze;
    Liquid::Environment shopify(Liquid::Environment::Dialect::Shopify);

    QCOMPARE(LiquidTest::renderWith(test, QStringLiteral("{% shout hey %} {{ 'ab' | twice }} {{ 'x' | md5 | size }}")).output,
             QStringLiteral("HEY! abab 32"));
    Liquid::Diagnostic error;
    QVERIFY(!braze.parse(QStringLiteral("{% shout hey %}"), QString(), &error));
    QVERIFY(!shopify.parse(QStringLiteral("{% shout hey %}"), QString(), &error));
    QCOMPARE(LiquidTest::renderWith(braze, QStringLiteral("{{ 'ab' | twice }}")).output, QStringLiteral("ab"));
}

void TestLiquidEnvironment::templatesKeepTheFiltersTheyWereParsedWith()
{
    Liquid::Environment env;
    env.registerFilter(QStringLiteral("twice"), &twice);
    const Liquid::TemplatePtr before = env.parse(QStringLiteral("{{ 'ab' | twice }}"));
    env.registerFilter(QStringLiteral("other"), &twice); // replaces the environment's registry
    QVERIFY(before);
    QCOMPARE(env.render(*before, LiquidTest::json("{}")).output, QStringLiteral("abab"));
}

QTEST_GUILESS_MAIN(TestLiquidEnvironment)
#include "tst_liquidenvironment.moc"
