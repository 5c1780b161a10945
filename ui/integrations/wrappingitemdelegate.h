#pragma once

#include <QStyledItemDelegate>

class QHeaderView;

// Sizes a row for its text wrapped at the column's current width. QStyledItemDelegate measures
// text on one line, so a tree view with word wrap keeps single-line rows and cuts long texts
// with "…"; this delegate asks the header how wide each column really is.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    WrappingItemDelegate(QHeaderView *header, QObject *parent);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QHeaderView *m_header;
};
