#include "liquidtesthelpers.h"

// Parse errors: where (line:column) and what, in plain words.
class TestLiquidParser : public QObject
{
    Q_OBJECT

private slots:
    void errorsCarryLineAndColumn_data();
    void errorsCarryLineAndColumn();
    void unknownFilterSuggestsTheClosestName();
    void caretPointsAtTheFault();
    void laxModeForgivesWhatStrictRejects();
    void parsedTemplateRendersManyTimes();
};

void TestLiquidParser::errorsCarryLineAndColumn_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown tag") << "a\nb {% nosuch %}" << 2 << 3 << "unknown tag 'nosuch'";
    QTest::newRow("unclosed if") << "x\n  {% if a %}yes" << 2 << 3 << "'if' tag was never closed";
    QTest::newRow("bad operator") << "{% if a endswith b %}{% endif %}" << 1 << 9 << "unknown operator";
    QTest::newRow("stray endfor") << "{% if a %}{% endfor %}" << 1 << 11 << "does not close 'if'";
    QTest::newRow("unclosed output") << "ok\n\n   {{ name" << 3 << 4 << "not closed";
    QTest::newRow("range without dots") << "{% for i in (1 5) %}{% endfor %}" << 1 << 16 << "expected '..'";
}

void TestLiquidParser::errorsCarryLineAndColumn()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    Liquid::Environment env;
    env.setErrorMode(Liquid::ErrorMode::Strict);
    Liquid::Diagnostic error;
    QVERIFY(!env.parse(source, QStringLiteral("body"), &error));
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.templateName, QStringLiteral("body"));
}

void TestLiquidParser::unknownFilterSuggestsTheClosestName()
{
    Liquid::Environment env;
    env.setErrorMode(Liquid::ErrorMode::Strict);
    Liquid::Diagnostic error;
    QVERIFY(!env.parse(QStringLiteral("Hi\n\n{{ first_name | upcse }}"), QStringLiteral("body"), &error));
    QCOMPARE(error.format(), QStringLiteral("body:3:17: unknown filter 'upcse'; did you mean 'upcase'?"));
}

void TestLiquidParser::caretPointsAtTheFault()
{
    Liquid::Environment env;
    env.setErrorMode(Liquid::ErrorMode::Strict);
    Liquid::Diagnostic error;
    const QString source = QStringLiteral("line one\n{{ x | nope }}");
    QVERIFY(!env.parse(source, QStringLiteral("t"), &error));
    const QStringList lines = error.withCaret(source).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[1], QStringLiteral("{{ x | nope }}"));
    QCOMPARE(lines[2], QStringLiteral("       ^"));
}

void TestLiquidParser::laxModeForgivesWhatStrictRejects()
{
    Liquid::Environment lax;
    QCOMPARE(LiquidTest::renderWith(lax, QStringLiteral("{{ a b }}|{{ a | nosuch }}"), "{\"a\": 1}").output, QStringLiteral("1|1"));
    Liquid::Environment strict;
    strict.setErrorMode(Liquid::ErrorMode::Strict);
    Liquid::Diagnostic error;
    QVERIFY(!strict.parse(QStringLiteral("{{ a b }}"), QString(), &error));
    QVERIFY(!strict.parse(QStringLiteral("{{ a | nosuch }}"), QString(), &error));
}

void TestLiquidParser::parsedTemplateRendersManyTimes()
{
    Liquid::Environment env;
    const Liquid::TemplatePtr t = env.parse(QStringLiteral("{% assign n = n | plus: 1 %}{{ n }}"));
    QVERIFY(t);
    QCOMPARE(env.render(*t, LiquidTest::json("{\"n\": 1}")).output, QStringLiteral("2"));
    QCOMPARE(env.render(*t, LiquidTest::json("{\"n\": 41}")).output, QStringLiteral("42"));
}

QTEST_GUILESS_MAIN(TestLiquidParser)
#include "tst_liquidparser.moc"
