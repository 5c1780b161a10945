#include "shell/taborder.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QWidget>

namespace TabOrder {

namespace {

bool isControl(const QWidget *w)
{
    // An editable combo box's or spin box's own line edit moves with its owner.
    const QWidget *parent = w->parentWidget();
    return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
           && !qobject_cast<const QComboBox *>(parent) && !qobject_cast<const QAbstractSpinBox *>(parent);
}

// The controls of `root` (itself included) in focus-chain order.
QList<QWidget *> controlsOf(QWidget *root)
{
    QList<QWidget *> controls;
    QWidget *w = root;
    do {
        if ((w == root || root->isAncestorOf(w)) && isControl(w))
            controls << w;
        w = w->nextInFocusChain();
    } while (w != root);
    return controls;
}

QList<QWidget *> controlsOf(const QList<QWidget *> &parts)
{
    QList<QWidget *> controls;
    for (QWidget *part : parts)
        controls << controlsOf(part);
    return controls;
}

void chain(QWidget *anchor, const QList<QWidget *> &controls)
{
    QWidget *previous = anchor;
    for (QWidget *control : controls) {
        QWidget::setTabOrder(previous, control);
        previous = control;
    }
}

} // namespace

void placeFirst(QWidget *container, const QList<QWidget *> &parts)
{
    const QList<QWidget *> moving = controlsOf(parts);
    const QList<QWidget *> all = controlsOf(container);
    const auto first = std::find_if(all.cbegin(), all.cend(), [&moving](QWidget *w) { return !moving.contains(w); });
    if (moving.isEmpty() || first == all.cend())
        return;
    // The control before the container's first one that stays (outside the container, maybe).
    QWidget *before = (*first)->previousInFocusChain();
    while (before != *first && (moving.contains(before) || !(before->focusPolicy() & Qt::TabFocus)))
        before = before->previousInFocusChain();
    if (before == *first)
        return;
    chain(before, moving);
}

void placeLast(QWidget *container, const QList<QWidget *> &parts)
{
    const QList<QWidget *> moving = controlsOf(parts);
    const QList<QWidget *> all = controlsOf(container);
    const auto last = std::find_if(all.crbegin(), all.crend(), [&moving](QWidget *w) { return !moving.contains(w); });
    if (moving.isEmpty() || last == all.crend())
        return;
    chain(*last, moving);
}

void placeAfter(QWidget *anchor, const QList<QWidget *> &parts)
{
    chain(anchor, controlsOf(parts));
}

} // namespace TabOrder
