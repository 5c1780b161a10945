#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

// A one-colour SVG icon (the navigation's) painted in colours of the current palette, so it
// reads on a light and a dark background alike; the file's own stroke colour is ignored.
namespace TintedIcon {

// `colour` normally, `selectedColour` on a selected row (the palette's highlighted text).
QIcon load(const QString &svgResource, const QColor &colour, const QColor &selectedColour);

} // namespace TintedIcon
