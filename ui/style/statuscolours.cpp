#include "style/statuscolours.h"

#include <QApplication>
#include <QEvent>
#include <QVariant>
#include <QWidget>

#include <cmath>

namespace StatusColours {

namespace {

// Hues only (degrees): red for errors, amber for warnings, green for success, yellow for changed
// values. Saturation and lightness come from the palette.
int hueOf(Role role)
{
    switch (role) {
    case Role::Success: return 135;
    case Role::Warning: return 38;
    case Role::Error: return 0;
    case Role::Changed: return 50;
    }
    return 0;
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

bool isDark(const QColor &colour)
{
    return luminance(colour) < 0.18;
}

// The lightest (on dark backgrounds: the darkest) shade of the hue that still reaches 4.5:1
// against every background given, so the colour stays as vivid as legibility allows.
QColor readableShade(int hue, double saturation, const QList<QColor> &backgrounds, bool onDark)
{
    const auto readsOnAll = [&backgrounds](const QColor &c) {
        for (const QColor &b : backgrounds) {
            if (contrast(c, b) < 4.5)
                return false;
        }
        return true;
    };
    for (int step = 0; step <= 100; ++step) {
        const double lightness = onDark ? 0.5 + step * 0.005 : 0.5 - step * 0.005;
        const QColor candidate = QColor::fromHslF(hue / 360.0, saturation, lightness);
        if (readsOnAll(candidate))
            return candidate;
    }
    return onDark ? QColor(Qt::white) : QColor(Qt::black);
}

constexpr const char *RoleProperty = "statusColourRole";
constexpr const char *TintedProperty = "statusColourTinted";

void paint(QWidget *widget)
{
    const QVariant role = widget->property(RoleProperty);
    QPalette palette = QApplication::palette(widget);
    if (role.isValid()) {
        const auto r = Role(role.toInt());
        const bool tinted = widget->property(TintedProperty).toBool();
        if (tinted) {
            const QColor back = background(r, palette);
            palette.setColor(QPalette::Window, back);
            palette.setColor(QPalette::Base, back);
        } else {
            const QColor fore = text(r, palette);
            palette.setColor(QPalette::WindowText, fore);
            palette.setColor(QPalette::Text, fore);
        }
        widget->setAutoFillBackground(tinted);
    }
    widget->setPalette(palette);
}

// Re-derives every coloured widget's palette when the application palette changes (the
// application object hears of it once, whatever the widgets' own palettes are).
class PaletteFollower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            const QWidgetList widgets = QApplication::allWidgets();
            for (QWidget *widget : widgets) {
                if (widget->property(RoleProperty).isValid())
                    paint(widget);
            }
        }
        return false;
    }
};

void followPalette()
{
    static auto *follower = [] {
        auto *f = new PaletteFollower(qApp);
        qApp->installEventFilter(f);
        return f;
    }();
    Q_UNUSED(follower);
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QColor text(Role role, const QPalette &palette)
{
    const QList<QColor> backgrounds{palette.color(QPalette::Window), palette.color(QPalette::Base)};
    return readableShade(hueOf(role), role == Role::Warning ? 1.0 : 0.75, backgrounds, isDark(palette.color(QPalette::Window)));
}

QColor readableHue(int hue, const QPalette &palette)
{
    const QList<QColor> backgrounds{palette.color(QPalette::Window), palette.color(QPalette::Base)};
    return readableShade(hue, 0.75, backgrounds, isDark(palette.color(QPalette::Base)));
}

QColor background(Role role, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor ink = palette.color(QPalette::Text);
    const QColor hue = QColor::fromHslF(hueOf(role) / 360.0, 0.9, 0.5);
    // As much of the hue as the palette's text allows: mix it into the base colour, backing off
    // until the text reads at 4.5:1.
    for (int percent = 35; percent > 0; percent -= 5) {
        const double f = percent / 100.0;
        const QColor mixed = QColor::fromRgbF(base.redF() * (1 - f) + hue.redF() * f, base.greenF() * (1 - f) + hue.greenF() * f,
                                              base.blueF() * (1 - f) + hue.blueF() * f);
        if (contrast(ink, mixed) >= 4.5)
            return mixed;
    }
    return base;
}

void apply(QWidget *widget, Role role, bool tinted)
{
    widget->setProperty(RoleProperty, int(role));
    widget->setProperty(TintedProperty, tinted);
    followPalette();
    paint(widget);
}

void clear(QWidget *widget)
{
    if (!widget->property(RoleProperty).isValid())
        return;
    widget->setProperty(RoleProperty, QVariant());
    widget->setProperty(TintedProperty, QVariant());
    widget->setAutoFillBackground(false);
    widget->setPalette(QPalette());
}

} // namespace StatusColours
