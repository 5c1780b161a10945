#pragma once

#include "liquid/environment.h"

#include <QTest>

// Renders one filter expression the way a template author writes it and reports either the
// output or "ERROR: <message>". Time is pinned (2026-03-14 15:09:26 UTC) and the render's zone
// is UTC unless a test passes another, so date results do not depend on the machine.
namespace FilterTest {

inline QDateTime pinnedNow()
{
    return QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);
}

inline QString render(const QString &source, const QByteArray &json = QByteArray(),
                      const QTimeZone &zone = QTimeZone::utc())
{
    Liquid::Environment env;
    env.setTimeZone(zone);
    env.setNow(pinnedNow());
    const Liquid::Value data = json.isEmpty() ? Liquid::Value(Liquid::Object()) : Liquid::Value::fromJsonText(json);
    const Liquid::RenderResult result = env.render(source, data);
    if (!result.errors.isEmpty())
        return QStringLiteral("ERROR: ") + result.errors.first().message;
    return result.output;
}

// Data-driven rows: template, JSON data, expected output (or "ERROR: message start").
inline void addColumns()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
}

inline void row(const char *name, const char *source, const char *expected, const char *json = "")
{
    QTest::newRow(name) << QString::fromUtf8(source) << QByteArray(json) << QString::fromUtf8(expected);
}

} // namespace FilterTest

// Compares a row's rendering; an expected "ERROR: x" matches any error whose message starts with x.
#define FILTER_TEST_CHECK()                                                                          \
    do {                                                                                             \
        QFETCH(QString, source);                                                                     \
        QFETCH(QByteArray, data);                                                                    \
        QFETCH(QString, expected);                                                                   \
        const QString actual = FilterTest::render(source, data);                                     \
        if (expected.startsWith(QLatin1String("ERROR: ")) && actual.startsWith(QLatin1String("ERROR: "))) \
            QVERIFY2(actual.startsWith(expected), qPrintable(actual));                               \
        else                                                                                         \
            QCOMPARE(actual, expected);                                                              \
    } while (false)
