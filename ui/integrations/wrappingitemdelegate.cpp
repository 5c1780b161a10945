#include "integrations/wrappingitemdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>

WrappingItemDelegate::WrappingItemDelegate(QHeaderView *header, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_header(header)
{
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QSize oneLine = QStyledItemDelegate::sizeHint(option, index);
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    // The style's text margin on each side, as QCommonStyle lays out an item's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget) + 1;
    const int width = m_header->sectionSize(index.column()) - 2 * margin;
    if (width <= 0 || item.text.isEmpty())
        return oneLine;
    const QRect wrapped = item.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, item.text);
    const int padding = oneLine.height() - item.fontMetrics.height();
    return {oneLine.width(), qMax(oneLine.height(), wrapped.height() + padding)};
}
