#include "liquidtesthelpers.h"

// What a template references, without rendering; and what a render could not find.
class TestLiquidIntrospection : public QObject
{
    Q_OBJECT

private slots:
    void listsVariablesAttributesAndFilters();
    void strictVariablesCollectsWhatIsMissing();
    void strictVariablesModeMakesThemErrors();
    void warnModeReportsWhatStrictWouldReject();
};

void TestLiquidIntrospection::listsVariablesAttributesAndFilters()
{
    Liquid::Environment env;
    const Liquid::TemplatePtr t = env.parse(QStringLiteral(
        "{% assign greeting = 'Hi' %}{{ greeting }} {{${first_name} | default: 'you' | upcase}}\n"
        "{% for s in custom_attribute.${Brands Viewed} limit: 5 %}{{ s.name }}{% endfor %}"
        "{{ event_properties.${r_details}.location.city }}{{ product.tags[0] }}"));
    QVERIFY(t);
    const Liquid::TemplateAnalysis &a = t->analysis();
    QCOMPARE(a.brazeAttributes, QStringList({"${first_name}", "custom_attribute.${Brands Viewed}", "event_properties.${r_details}"}));
    QCOMPARE(a.filters, QStringList({"default", "upcase"}));
    QVERIFY(a.variables.contains(QStringLiteral("greeting")));
    QVERIFY(a.variables.contains(QStringLiteral("product.tags[0]")));
    QVERIFY(!a.globalVariables.contains(QStringLiteral("greeting")));
    QVERIFY(!a.globalVariables.contains(QStringLiteral("s.name")));
    QVERIFY(a.globalVariables.contains(QStringLiteral("product.tags[0]")));
    QVERIFY(a.tags.contains(QStringLiteral("for")));
}

void TestLiquidIntrospection::strictVariablesCollectsWhatIsMissing()
{
    Liquid::Environment env;
    const Liquid::RenderResult r = LiquidTest::renderWith(env,
        QStringLiteral("{{${first_name}}} {{ custom_attribute.${zip} }} {{ custom_attribute.${tier} }} {{ nope }} {{ nope }}"),
        "{\"first_name\": \"A\", \"custom_attribute\": {\"tier\": \"gold\"}}");
    QCOMPARE(r.output, QStringLiteral("A  gold  "));
    QCOMPARE(r.undefinedVariables, QStringList({"custom_attribute.${zip}", "nope"}));
    QVERIFY(r.errors.isEmpty());
}

void TestLiquidIntrospection::strictVariablesModeMakesThemErrors()
{
    Liquid::Environment env;
    env.setStrictVariables(true);
    const Liquid::RenderResult r = LiquidTest::renderWith(env, QStringLiteral("a{{ missing }}b"));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().message.contains(QStringLiteral("undefined variable missing")));
}

void TestLiquidIntrospection::warnModeReportsWhatStrictWouldReject()
{
    Liquid::Environment env;
    env.setErrorMode(Liquid::ErrorMode::Warn);
    const Liquid::TemplatePtr t = env.parse(QStringLiteral("{{ name | upcse }}"));
    QVERIFY(t);
    QCOMPARE(t->analysis().warnings.size(), 1);
    QVERIFY(t->analysis().warnings.first().message.contains(QStringLiteral("did you mean 'upcase'")));
}

QTEST_GUILESS_MAIN(TestLiquidIntrospection)
#include "tst_liquidintrospection.moc"
