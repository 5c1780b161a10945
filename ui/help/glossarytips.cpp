#include "help/glossarytips.h"

#include "help/glossary.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QGroupBox>
#include <QHelpEvent>
#include <QLabel>
#include <QTabBar>
#include <QToolTip>

void GlossaryTips::install()
{
    static GlossaryTips *tips = nullptr;
    if (tips)
        return;
    tips = new GlossaryTips(qApp);
    qApp->installEventFilter(tips);
}

QString GlossaryTips::hoveredText(QWidget *widget, const QPoint &pos)
{
    if (auto *label = qobject_cast<QLabel *>(widget))
        return label->text();
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        return QString(button->text()).remove(QLatin1Char('&'));
    if (auto *group = qobject_cast<QGroupBox *>(widget))
        return QString(group->title()).remove(QLatin1Char('&'));
    if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        const int tab = tabs->tabAt(pos);
        return tab < 0 || !tabs->tabToolTip(tab).isEmpty() ? QString() : QString(tabs->tabText(tab)).remove(QLatin1Char('&'));
    }
    // An item view's cells: the event goes to its viewport.
    if (auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget()); view && view->viewport() == widget) {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty())
            return {};
        return index.data(Qt::DisplayRole).toString();
    }
    return {};
}

bool GlossaryTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (!widget->toolTip().isEmpty())
        return false;   // the widget's own help comes first
    auto *help = static_cast<QHelpEvent *>(event);
    const QString explanation = Help::Glossary::explain(hoveredText(widget, help->pos()));
    if (explanation.isEmpty())
        return false;
    QToolTip::showText(help->globalPos(), explanation, widget);
    return true;
}
