#include "liquidtesthelpers.h"

// Each standard tag, one row per behaviour a template author relies on.
class TestLiquidTags : public QObject
{
    Q_OBJECT

private slots:
    void tags_data();
    void tags();
    void includeAndRenderUsePartials();
    void renderErrorsShowInline();
};

void TestLiquidTags::tags_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *src, const char *data, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(src) << QString::fromUtf8(data) << QString::fromUtf8(expected);
    };
    row("assign", "{% assign x = 'a' | append: 'b' %}{{ x }}", "{}", "ab");
    row("capture", "{% capture c %}[{{ n }}]{% endcapture %}{{ c }}{{ c }}", "{\"n\": 1}", "[1][1]");
    row("if/elsif/else", "{% if n > 5 %}big{% elsif n > 1 %}mid{% else %}small{% endif %}", "{\"n\": 3}", "mid");
    row("and/or right to left", "{% if true and false and false or true %}y{% else %}n{% endif %}", "{}", "n");
    row("unless", "{% unless n == 1 %}not one{% else %}one{% endunless %}", "{\"n\": 1}", "one");
    row("case/when with or and commas", "{% case x %}{% when 1 or 2 %}low{% when 3, 4 %}high{% else %}none{% endcase %}", "{\"x\": 4}", "high");
    row("comment", "a{% comment %}{% if %}{% endcomment %}b", "{}", "ab");
    row("inline comment", "a{% # note %}b", "{}", "ab");
    row("raw", "{% raw %}{{ x }}{% endraw %}", "{}", "{{ x }}");
    row("cycle groups", "{% cycle 'g': 'a', 'b' %}{% cycle 'a', 'b' %}{% cycle 'g': 'a', 'b' %}", "{}", "aab");
    row("increment/decrement", "{% increment c %}{% increment c %}{% decrement d %}{{ c }}", "{}", "01-12");
    row("echo", "{% echo 'hi' | upcase %}", "{}", "HI");
    row("for with limit/offset/reversed", "{% for i in (1..6) limit: 3 offset: 1 reversed %}{{ i }}{% endfor %}", "{}", "432");
    row("for else", "{% for i in empty_list %}x{% else %}none{% endfor %}", "{\"empty_list\": []}", "none");
    row("forloop and parentloop", "{% for a in (1..2) %}{% for b in (1..2) %}{{ forloop.parentloop.index }}{{ forloop.index }}{% unless forloop.last %},{% endunless %}{% endfor %};{% endfor %}", "{}", "11,12;21,22;");
    row("break and continue", "{% for i in (1..5) %}{% if i == 2 %}{% continue %}{% endif %}{% if i == 4 %}{% break %}{% endif %}{{ i }}{% endfor %}", "{}", "13");
    row("offset continue", "{% for i in l limit: 2 %}{{ i }}{% endfor %}|{% for i in l offset: continue %}{{ i }}{% endfor %}", "{\"l\": [1,2,3,4]}", "12|34");
    row("tablerow", "{% tablerow i in (1..3) cols: 2 %}{{ i }}{% endtablerow %}", "{}",
        "<tr class=\"row1\">\n<td class=\"col1\">1</td><td class=\"col2\">2</td></tr>\n<tr class=\"row2\"><td class=\"col1\">3</td></tr>\n");
    row("ifchanged", "{% for i in l %}{% ifchanged %}{{ i }}{% endifchanged %}{% endfor %}", "{\"l\": [1,1,2,2,1]}", "121");
    row("liquid tag", "{% liquid\nassign x = 2\nif x == 2\n  echo 'two'\nendif\n%}", "{}", "two");
    row("blank block drops whitespace", "a{% if true %}\n  {% assign x = 1 %}\n{% endif %}b", "{}", "ab");
    row("whitespace control", "a  {%- if true -%}  b  {%- endif -%}  c", "{}", "abc");
    row("blank and empty", "{% if s == blank %}B{% endif %}{% if l == empty %}E{% endif %}", "{\"s\": \"  \", \"l\": []}", "BE");
    row("contains", "{% if tags contains 'vip' %}vip{% endif %}{% if name contains 'an' %}an{% endif %}", "{\"tags\": [\"vip\"], \"name\": \"Janet\"}", "vipan");
    row("size first last", "{{ l.size }}{{ l.first }}{{ l.last }}{{ s.size }}", "{\"l\": [3,4,5], \"s\": \"abcd\"}", "3354");
    row("doc", "a{% doc %}{{ anything {% enddoc %}b", "{}", "ab");
}

void TestLiquidTags::tags()
{
    QFETCH(QString, source);
    QFETCH(QString, data);
    QFETCH(QString, expected);
    const QByteArray json = data.toUtf8();
    QCOMPARE(LiquidTest::render(source, json.constData()), expected);
}

void TestLiquidTags::includeAndRenderUsePartials()
{
    Liquid::Environment env;
    auto partials = std::make_shared<Liquid::MapTemplateSource>();
    partials->insert(QStringLiteral("card"), QStringLiteral("[{{ card.title }}{{ extra }}{{ outer }}]"));
    env.setPartialSource(partials);
    const char *data = "{\"items\": [{\"title\": \"a\"}, {\"title\": \"b\"}], \"outer\": \"!\"}";
    QCOMPARE(LiquidTest::renderWith(env, QStringLiteral("{% include 'card' with items[0], extra: 1 %}"), data).output, QStringLiteral("[a1!]"));
    // render is isolated: no outer variables, only what is passed.
    QCOMPARE(LiquidTest::renderWith(env, QStringLiteral("{% render 'card' for items as card %}"), data).output, QStringLiteral("[a][b]"));
    const Liquid::RenderResult missing = LiquidTest::renderWith(env, QStringLiteral("{% include 'nope' %}"));
    QCOMPARE(missing.errors.size(), 1);
    QVERIFY(missing.errors.first().message.contains(QStringLiteral("'nope' was not found")));
}

void TestLiquidTags::renderErrorsShowInline()
{
    Liquid::Environment env;
    const Liquid::RenderResult r = LiquidTest::renderWith(env, QStringLiteral("a\n{% if 1 < 'x' %}y{% endif %}b"));
    QCOMPARE(r.output, QStringLiteral("a\nLiquid error (line 2): comparison of Integer with String failedb"));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().line, 2);
}

QTEST_GUILESS_MAIN(TestLiquidTags)
#include "tst_liquidtags.moc"
