#include "style/tintedicon.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace TintedIcon {

namespace {

QPixmap painted(QSvgRenderer &renderer, int size, const QColor &colour)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    // Keep the drawing's shape (its alpha), replace its colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), colour);
    painter.end();
    return pixmap;
}

} // namespace

QIcon load(const QString &svgResource, const QColor &colour, const QColor &selectedColour)
{
    QSvgRenderer renderer(svgResource);
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    // The sizes the navigation and menus ask for, at single and double density.
    for (const int size : {16, 18, 24, 32, 36, 48}) {
        icon.addPixmap(painted(renderer, size, colour), QIcon::Normal);
        icon.addPixmap(painted(renderer, size, selectedColour), QIcon::Selected);
    }
    return icon;
}

} // namespace TintedIcon
