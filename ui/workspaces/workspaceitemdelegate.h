#pragma once

#include <QStyledItemDelegate>

namespace Config { class WorkspaceStore; }

// Draws a workspace as two lines: its name (bold when it is the active one) and its endpoint,
// so a marketer sees at a glance which Braze instance each workspace talks to.
class WorkspaceItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    WorkspaceItemDelegate(const Config::WorkspaceStore &store, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const Config::WorkspaceStore &m_store;
};
