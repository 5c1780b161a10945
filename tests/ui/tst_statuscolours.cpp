#include "style/appearance.h"
#include "style/statuscolours.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using StatusColours::Role;

// The state colours read on light and dark palettes alike (contrast of at least 4.5:1, WCAG AA),
// and a coloured label follows the palette when Preferences switches between light and dark.
class TestStatusColours : public QObject
{
    Q_OBJECT

private slots:
    void readableOnEveryPalette_data();
    void readableOnEveryPalette();
    void labelsFollowAPaletteSwitch();
    void cleanupTestCase() { Appearance::apply(QString()); }
};

void TestStatusColours::readableOnEveryPalette_data()
{
    QTest::addColumn<QString>("appearance");
    QTest::addColumn<int>("role");
    for (const char *appearance : {"light", "dark"}) {
        for (const auto &[name, role] : {std::pair{"success", Role::Success}, std::pair{"warning", Role::Warning},
                                         std::pair{"error", Role::Error}, std::pair{"changed", Role::Changed}})
            QTest::newRow(QByteArray(QByteArray(appearance) + ' ' + name).constData()) << QString::fromLatin1(appearance) << int(role);
    }
}

void TestStatusColours::readableOnEveryPalette()
{
    QFETCH(QString, appearance);
    QFETCH(int, role);
    Appearance::apply(appearance);
    const QPalette palette = QApplication::palette();
    QCOMPARE(palette.color(QPalette::Window).lightness() < 128, appearance == QLatin1String("dark"));

    const QColor text = StatusColours::text(Role(role), palette);
    for (const auto background : {QPalette::Window, QPalette::Base}) {
        const double ratio = StatusColours::contrast(text, palette.color(background));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), palette.color(background).name()).arg(ratio)));
    }
    const QColor tint = StatusColours::background(Role(role), palette);
    QVERIFY2(tint != palette.color(QPalette::Base), "the tint shows nothing");
    QVERIFY(StatusColours::contrast(palette.color(QPalette::Text), tint) >= 4.5);
    // A colour, not grey: the hue says what the state means.
    QVERIFY(text.hslSaturationF() > 0.3);
}

void TestStatusColours::labelsFollowAPaletteSwitch()
{
    Appearance::apply(QStringLiteral("light"));
    QLabel label(QStringLiteral("The key is missing."));
    StatusColours::apply(&label, Role::Error);
    const QColor onLight = label.palette().color(QPalette::WindowText);
    QCOMPARE(onLight, StatusColours::text(Role::Error, QApplication::palette()));

    Appearance::apply(QStringLiteral("dark"));
    const QColor onDark = label.palette().color(QPalette::WindowText);
    QCOMPARE(onDark, StatusColours::text(Role::Error, QApplication::palette()));
    QVERIFY(onDark != onLight);
    QVERIFY(StatusColours::contrast(onDark, QApplication::palette().color(QPalette::Window)) >= 4.5);

    StatusColours::clear(&label);
    QCOMPARE(label.palette().color(QPalette::WindowText), QApplication::palette().color(QPalette::WindowText));
}

QTEST_MAIN(TestStatusColours)
#include "tst_statuscolours.moc"
