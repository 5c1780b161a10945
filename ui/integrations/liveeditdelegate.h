#pragma once

#include <QStyledItemDelegate>

// A cell editor that hands every keystroke to the model, so a table's cells are checked as the
// user types (a typed sample against its attribute type), not only when the cell is left.
class LiveEditDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
