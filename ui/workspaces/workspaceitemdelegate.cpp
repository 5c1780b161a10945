#include "workspaces/workspaceitemdelegate.h"

#include "config/workspacestore.h"

#include <QApplication>
#include <QPainter>

using namespace Config;

WorkspaceItemDelegate::WorkspaceItemDelegate(const WorkspaceStore &store, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_store(store)
{
}

void WorkspaceItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool active = index.data(WorkspaceStore::IdRole).toString() == m_store.current().id;
    const bool sandbox = index.data(WorkspaceStore::IsSandboxRole).toBool();
    const QUrl endpoint = index.data(WorkspaceStore::EndpointRole).toUrl();
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);

    const QRect area = opt.rect.adjusted(8, 4, -8, -4);
    const bool draft = index.data(WorkspaceStore::IsDraftRole).toBool();
    QFont nameFont = opt.font;
    nameFont.setBold(active);
    nameFont.setItalic(draft);
    painter->save();
    painter->setFont(nameFont);
    painter->setPen(text);
    const QString title = active ? tr("%1 (active)").arg(name) : draft ? tr("%1 (not saved yet)").arg(name) : name;
    painter->drawText(area, Qt::AlignLeft | Qt::AlignTop, QFontMetrics(nameFont).elidedText(title, Qt::ElideRight, area.width()));

    QFont detailFont = opt.font;
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.88);
    painter->setFont(detailFont);
    QColor detail = text;
    detail.setAlphaF(0.7);
    painter->setPen(detail);
    const QString line = sandbox ? tr("Built-in sandbox on this computer") : endpoint.host();
    painter->drawText(area, Qt::AlignLeft | Qt::AlignBottom, QFontMetrics(detailFont).elidedText(line, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize WorkspaceItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {200, metrics.height() * 2 + 12};
}
