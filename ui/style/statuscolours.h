#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

// The colours of states (a passed check, a warning, an error, a changed value), derived from the
// palette in use rather than written into the code: each keeps the hue that says what it means
// and takes the lightness that reads on the palette's own background, light or dark, with a
// contrast of at least 4.5:1 (WCAG AA for text).
namespace StatusColours {

enum class Role { Success, Warning, Error, Changed };

// Text in this role's colour on the palette's window and base backgrounds.
QColor text(Role role, const QPalette &palette);
// Text of this hue (degrees) readable on the palette's backgrounds, e.g. for syntax colouring.
QColor readableHue(int hue, const QPalette &palette);
// A tinted background for a cell or banner in this role; the palette's text stays readable on it.
QColor background(Role role, const QPalette &palette);
// WCAG 2 contrast ratio between two colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);

// Shows the widget's text in the role's colour (and, with `tinted`, on the role's background),
// following the application palette when it changes (Preferences › Appearance).
void apply(QWidget *widget, Role role, bool tinted = false);
// Back to the palette's own colours.
void clear(QWidget *widget);

} // namespace StatusColours
