#include "style/appearance.h"

#include "style/focusringstyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace Appearance {

namespace {

// Fusion's dark counterpart of its standard palette: a few greys, the highlight kept blue.
QPalette darkPalette()
{
    const QColor window = QColor::fromHslF(0.6, 0.08, 0.16);
    const QColor base = QColor::fromHslF(0.6, 0.08, 0.11);
    const QColor text = QColor::fromHslF(0.6, 0.05, 0.92);
    const QColor disabled = QColor::fromHslF(0.6, 0.05, 0.55);
    const QColor highlight = QColor::fromHslF(0.58, 0.8, 0.62);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(120));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, base);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::BrightText, text);
    p.setColor(QPalette::Light, window.lighter(160));
    p.setColor(QPalette::Midlight, window.lighter(130));
    p.setColor(QPalette::Mid, window.lighter(110));
    p.setColor(QPalette::Dark, base.darker(130));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

void apply(const QString &mode)
{
    // The desktop's palette, remembered before the first change so "system" can return to it.
    static const QPalette system = QApplication::palette();
    if (!qobject_cast<FocusRingStyle *>(QApplication::style()))
        QApplication::setStyle(new FocusRingStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    if (mode == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());
    else if (mode == QLatin1String("light"))
        QApplication::setPalette(QApplication::style()->standardPalette());
    else
        QApplication::setPalette(system);
}

} // namespace Appearance
