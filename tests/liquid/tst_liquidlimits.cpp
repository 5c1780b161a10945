#include "liquidtesthelpers.h"


// Safety limits: every runaway template stops with a clear message; no hang, no crash.
class TestLiquidLimits : public QObject
{
    Q_OBJECT

private slots:
    void loopIterations();
    void outputSize();
    void doublingStringIsStopped();
    void includeRecursion();
    void blockNesting();
    void expressionNesting();
    void renderSteps();
    void hostileInputsDoNotCrash();
    void rangeArithmeticSaturates_data();
    void rangeArithmeticSaturates();
};

static Liquid::Limits smallLimits()
{
    Liquid::Limits l;
    l.maxLoopIterations = 1000;
    l.maxOutputSize = 10000;
    l.maxRenderSteps = 50000;
    l.maxIncludeDepth = 5;
    l.maxNestingDepth = 20;
    return l;
}

static Liquid::RenderResult limited(const QString &source)
{
    Liquid::Environment env;
    env.setLimits(smallLimits());
    auto partials = std::make_shared<Liquid::MapTemplateSource>();
    partials->insert(QStringLiteral("self"), QStringLiteral("x{% include 'self' %}"));
    env.setPartialSource(partials);
    return LiquidTest::renderWith(env, source);
}

void TestLiquidLimits::loopIterations()
{
    const auto r = limited(QStringLiteral("{% for i in (1..1000000) %}{% endfor %}"));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().message.contains(QStringLiteral("1000 times")));
    QCOMPARE(r.errors.first().kind, Liquid::Diagnostic::Kind::Limit);
}

void TestLiquidLimits::outputSize()
{
    const auto r = limited(QStringLiteral("{% for i in (1..900) %}0123456789abcdef{% endfor %}"));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().message.contains(QStringLiteral("10000 characters")));
}

void TestLiquidLimits::doublingStringIsStopped()
{
    const auto r = limited(QStringLiteral("{% assign s = 'ab' %}{% for i in (1..60) %}{% assign s = s | append: s %}{% endfor %}"));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().message.contains(QStringLiteral("characters")));
}

void TestLiquidLimits::includeRecursion()
{
    const auto r = limited(QStringLiteral("{% include 'self' %}"));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().message.contains(QStringLiteral("5 levels")));
    QCOMPARE(r.output, QStringLiteral("xxxxx"));
}

void TestLiquidLimits::blockNesting()
{
    QString source;
    for (int i = 0; i < 30; ++i)
        source += QStringLiteral("{% if true %}");
    const auto r = limited(source);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().message.contains(QStringLiteral("nested more than 20")));
}

void TestLiquidLimits::expressionNesting()
{
    const QString source = QStringLiteral("{{ ") + QString(5000, QLatin1Char('[')) + QStringLiteral("x") + QString(5000, QLatin1Char(']')) + QStringLiteral(" }}");
    const auto r = limited(source);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().message.contains(QStringLiteral("nested too deeply")));
}

void TestLiquidLimits::renderSteps()
{
    // 900 iterations (under the 1,000-iteration limit), no output, nesting 2: only the step count
    // (100 tags an iteration, 90,000 in all) can stop it, at 50,000.
    QString body;
    for (int i = 0; i < 100; ++i)
        body += QStringLiteral("{% if false %}{% endif %}");
    const auto r = limited(QStringLiteral("{% for i in (1..900) %}") + body + QStringLiteral("{% endfor %}"));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, Liquid::Diagnostic::Kind::Limit);
    QVERIFY2(r.errors.first().message.contains(QStringLiteral("50000 steps")), qPrintable(r.errors.first().message));
    // The same template under the limit renders without complaint.
    const auto small = limited(QStringLiteral("{% for i in (1..10) %}") + body + QStringLiteral("{% endfor %}"));
    QVERIFY(small.errors.isEmpty());
}

void TestLiquidLimits::hostileInputsDoNotCrash()
{
    QStringList inputs{
        QStringLiteral("{{"), QStringLiteral("{%"), QStringLiteral("{% if %}"), QStringLiteral("{{ ${ }}"), QStringLiteral("{% for %}"),
        QStringLiteral("{{ a | }}"), QStringLiteral("{{ (1.. }}"), QStringLiteral("{% liquid if\n%}"), QStringLiteral("{% raw %}"),
        QStringLiteral("{% connected_content %}"), QStringLiteral("{% case %}{% when %}"), QStringLiteral("{{ 'unterminated }}"),
        QStringLiteral("{% cycle %}"), QStringLiteral("{% tablerow i in (1..3) cols: 0 %}{% endtablerow %}"),
        QStringLiteral("{% for i in (1..3) limit: -5 %}{{ i }}{% endfor %}"), QString(QChar(0)) + QStringLiteral("{{\xff}}"),
        // offset + limit past the largest integer (found by the fuzzer: signed overflow)
        QStringLiteral("{% for i in (-9223372036854775808..9223372036854775807) limit: 2 offset: 9223372036854775807 %}{{ i }}{% endfor %}"),
    };
    // A stray "{{" before a long run of quotes once made lexing quadratic (fuzz finding).
    inputs.append(QStringLiteral("{{") + QString(100000, QLatin1Char('"')));
    // Each must return, whatever it says; a hang is caught by CTest's timeout, not by a clock here.
    for (const QString &input : inputs)
        limited(input);
}

void TestLiquidLimits::rangeArithmeticSaturates_data()
{
    // The whole qint64 range has 2^64 items: its size once wrapped to 0 (undefined behaviour,
    // found by the fuzzer under UBSan), so the loop printed nothing.
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole range, limit")
        << "{% for i in (-9223372036854775808..9223372036854775807) limit: 2 %}{{ i }},{% endfor %}"
        << "-9223372036854775808,-9223372036854775807,";
    QTest::newRow("whole range, largest offset")
        << "{% for i in (-9223372036854775808..9223372036854775807) limit: 2 offset: 9223372036854775807 %}{{ i }}{% endfor %}"
        << "";
    QTest::newRow("tablerow, largest offset and limit")
        << "{% tablerow i in (1..3) limit: 9223372036854775807 offset: 2 %}{{ i }}{% endtablerow %}"
        << "<tr class=\"row1\">\n<td class=\"col1\">3</td></tr>\n";
    QTest::newRow("size of the whole range")
        << "{{ (-9223372036854775808..9223372036854775807) | size }}" << "9223372036854775807";
    // A bound past qint64 is read as a float; converting it was undefined behaviour (fuzzer, UBSan).
    QTest::newRow("float bound beyond qint64")
        << "{{ (9223372036854775806..92233723372036854775807) | size }}" << "2";
}

void TestLiquidLimits::rangeArithmeticSaturates()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(LiquidTest::render(source), expected);
}

QTEST_GUILESS_MAIN(TestLiquidLimits)
#include "tst_liquidlimits.moc"
