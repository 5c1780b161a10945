#include "integrations/liveeditdelegate.h"

#include <QLineEdit>

QWidget *LiveEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // commitData is a signal of the (logically unchanged) delegate.
        auto *self = const_cast<LiveEditDelegate *>(this);
        connect(line, &QLineEdit::textEdited, self, [self, line] { emit self->commitData(line); });
    }
    return editor;
}
