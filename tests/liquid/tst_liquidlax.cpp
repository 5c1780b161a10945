#include "liquidtesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Lax parsing is Ruby Liquid 5's lax mode (what Braze runs): malformed markup renders what Ruby
// renders, and every piece read or skipped laxly is a warning with its position. The cases live
// in lax/lax-cases.json; lax/check-with-ruby.rb checks their outputs against Ruby itself.
class TestLiquidLax : public QObject
{
    Q_OBJECT

private slots:
    void rendersAsRubyWithWarnings_data();
    void rendersAsRubyWithWarnings();
    void strictModeStillRefuses();
    void wellFormedTemplatesHaveNoWarnings();
    void deepNestingIsNotReadLaxly();
};

void TestLiquidLax::rendersAsRubyWithWarnings_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    QFile file(QStringLiteral(LAX_CASES));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() >= 15);
    for (const QJsonValue &c : cases)
        QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("name")).toString())) << c.toObject();
}

void TestLiquidLax::rendersAsRubyWithWarnings()
{
    QFETCH(QJsonObject, testCase);
    Liquid::Environment env;
    env.setTimeZone(QTimeZone::utc());
    const QByteArray data = QJsonDocument(testCase.value(QStringLiteral("data")).toObject()).toJson();
    Liquid::Diagnostic error;
    const Liquid::TemplatePtr tmpl = env.parse(testCase.value(QStringLiteral("template")).toString(), QStringLiteral("t"), &error);
    QVERIFY2(tmpl, qPrintable(error.format()));
    const Liquid::RenderResult r = env.render(*tmpl, LiquidTest::json(data.constData()));
    QCOMPARE(r.output, testCase.value(QStringLiteral("output")).toString());
    QCOMPARE(r.abortMessage, testCase.value(QStringLiteral("aborted")).toString());
    QCOMPARE(r.aborted, testCase.contains(QStringLiteral("aborted")));

    QStringList actual;
    for (const Liquid::Diagnostic &w : tmpl->analysis().warnings)
        actual.append(QStringLiteral("%1:%2 %3").arg(w.line).arg(w.column).arg(w.message));
    const QJsonArray expected = testCase.value(QStringLiteral("warnings")).toArray();
    QVERIFY2(actual.size() == expected.size(), qPrintable(actual.join(QLatin1Char('\n'))));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonArray w = expected.at(i).toArray();
        const QString where = w.at(0).toString() + QLatin1Char(' ');
        QVERIFY2(actual.at(i).startsWith(where) && actual.at(i).contains(w.at(1).toString()), qPrintable(actual.at(i)));
    }
}

void TestLiquidLax::strictModeStillRefuses()
{
    Liquid::Environment strict;
    strict.setErrorMode(Liquid::ErrorMode::Strict);
    Liquid::Diagnostic error;
    for (const char *source : {"{{{x}}}", "{% if a && b %}{% endif %}", "{{ “x” }}", "{% abort_message(no reason) %}",
                               "{% connected_content https://x.test :nosuch %}"})
        QVERIFY2(!strict.parse(QString::fromUtf8(source), QString(), &error), source);
}

void TestLiquidLax::wellFormedTemplatesHaveNoWarnings()
{
    Liquid::Environment env;
    const Liquid::TemplatePtr t = env.parse(QStringLiteral(
        "{% assign a = {{${first_name}}} | upcase %}{% if {{a}} == 'X' and b %}{{ a | append: \"!\" }}{% endif %}{{custom_attribute.${zip code}}}"));
    QVERIFY(t);
    QVERIFY(t->analysis().warnings.isEmpty());
}

void TestLiquidLax::deepNestingIsNotReadLaxly()
{
    Liquid::Environment env;
    Liquid::Diagnostic error;
    const QString source = QStringLiteral("{{ “") + QString(3000, QLatin1Char('[')) + QStringLiteral("x") + QString(3000, QLatin1Char(']')) + QStringLiteral(" }}");
    QVERIFY(!env.parse(source, QString(), &error));
    QVERIFY(error.isValid());
}

QTEST_GUILESS_MAIN(TestLiquidLax)
#include "tst_liquidlax.moc"
