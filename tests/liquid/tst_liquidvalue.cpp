#include "liquid/value.h"

#include <QTest>

// The value model: JSON in, Ruby-compatible printing, Liquid equality and truthiness.
class TestLiquidValue : public QObject
{
    Q_OBJECT

private slots:
    void floatsPrintLikeRuby_data();
    void floatsPrintLikeRuby();
    void jsonKeepsIntegersApartFromFloats();
    void jsonKeepsKeyOrder();
    void truthinessOnlyNilAndFalseAreFalsy();
    void equalityFollowsLiquid();
    void mixedComparisonIsAnError();
    void bigObjectsStillFindKeys();
    void badJsonGivesAMessage();
};

void TestLiquidValue::floatsPrintLikeRuby_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("printed");
    QTest::newRow("whole") << 2.0 << "2.0";
    QTest::newRow("fraction") << 0.1 << "0.1";
    QTest::newRow("negative") << -3.25 << "-3.25";
    QTest::newRow("1e15 fixed") << 1e15 << "1000000000000000.0";
    QTest::newRow("1e16 exponent") << 1e16 << "1.0e+16";
    QTest::newRow("1e20") << 1e20 << "1.0e+20";
    QTest::newRow("0.0001 fixed") << 0.0001 << "0.0001";
    QTest::newRow("0.00001 exponent") << 0.00001 << "1.0e-05";
    QTest::newRow("shortest repr") << 0.1 + 0.2 << "0.30000000000000004";
    // Prices: the exponent of "1.999e+01" was once read past its end and printed as 1.999e+19.
    QTest::newRow("price 19.99") << 19.99 << "19.99";
    QTest::newRow("price 49.95") << 49.95 << "49.95";
    QTest::newRow("1.5e-05") << 1.5e-5 << "1.5e-05";
    QTest::newRow("-2.5e+20") << -2.5e20 << "-2.5e+20";
}

void TestLiquidValue::floatsPrintLikeRuby()
{
    QFETCH(double, value);
    QFETCH(QString, printed);
    QCOMPARE(Liquid::Value(value).toString(), printed);
}

void TestLiquidValue::jsonKeepsIntegersApartFromFloats()
{
    const Liquid::Value v = Liquid::Value::fromJsonText("{\"a\": 2, \"b\": 2.0, \"c\": [1, 1.5]}");
    QCOMPARE(v.property(u"a").toString(), QStringLiteral("2"));
    QCOMPARE(v.property(u"b").toString(), QStringLiteral("2.0"));
    QCOMPARE(v.property(u"c").toString(), QStringLiteral("11.5"));
}

void TestLiquidValue::jsonKeepsKeyOrder()
{
    const Liquid::Value v = Liquid::Value::fromJsonText("{\"z\": 1, \"a\": 2, \"m\": 3}");
    QStringList keys;
    for (const auto &e : v.objectValue().entries())
        keys << e.first;
    QCOMPARE(keys, QStringList({"z", "a", "m"}));
}

void TestLiquidValue::truthinessOnlyNilAndFalseAreFalsy()
{
    QVERIFY(!Liquid::Value().isTruthy());
    QVERIFY(!Liquid::Value(false).isTruthy());
    QVERIFY(Liquid::Value(qint64(0)).isTruthy());
    QVERIFY(Liquid::Value(QString()).isTruthy());
    QVERIFY(Liquid::Value(Liquid::Array()).isTruthy());
}

void TestLiquidValue::equalityFollowsLiquid()
{
    QVERIFY(Liquid::Value(qint64(1)).equals(Liquid::Value(1.0)));
    QVERIFY(!Liquid::Value(qint64(1)).equals(Liquid::Value(QStringLiteral("1"))));
    QVERIFY(Liquid::Value::emptyLiteral().equals(Liquid::Value(QString())));
    QVERIFY(Liquid::Value::blankLiteral().equals(Liquid::Value(QStringLiteral("  "))));
    QVERIFY(!Liquid::Value::emptyLiteral().equals(Liquid::Value()));
    QVERIFY(Liquid::Value::range(1, 3).equals(Liquid::Value::range(1, 3)));
}

void TestLiquidValue::mixedComparisonIsAnError()
{
    QCOMPARE(Liquid::Value(qint64(1)).compare(Liquid::Value(QStringLiteral("a"))), Liquid::Value::Ordering::Error);
    QCOMPARE(Liquid::Value().compare(Liquid::Value(qint64(1))), Liquid::Value::Ordering::Unordered);
    QCOMPARE(Liquid::Value(QStringLiteral("abc")).compare(Liquid::Value(QStringLiteral("acb"))), Liquid::Value::Ordering::Less);
}

void TestLiquidValue::bigObjectsStillFindKeys()
{
    Liquid::Object o;
    for (int i = 0; i < 50; ++i)
        o.insert(QStringLiteral("k%1").arg(i), Liquid::Value(qint64(i)));
    o.insert(QStringLiteral("k7"), Liquid::Value(qint64(700)));
    QCOMPARE(o.size(), 50);
    QCOMPARE(o.find(QStringLiteral("k7"))->intValue(), 700);
    QCOMPARE(o.find(QStringLiteral("k49"))->intValue(), 49);
    QVERIFY(!o.find(QStringLiteral("k50")));
}

void TestLiquidValue::badJsonGivesAMessage()
{
    QString error;
    const Liquid::Value v = Liquid::Value::fromJsonText("{\"a\": [1, 2", &error);
    QVERIFY(v.isNil());
    QVERIFY(error.contains(QStringLiteral("invalid JSON")));
}

QTEST_GUILESS_MAIN(TestLiquidValue)
#include "tst_liquidvalue.moc"
