#pragma once

#include <QList>

class QWidget;

// Tab follows reading order (top to bottom, left to right). Qt chains controls in the order they
// were created; these move the ones created out of reading order (a Save button made before the
// fields above it, fields made when a choice is taken, a filter bar made after the table below it).
// Each part is a control or a container whose controls move together, in their own order.
namespace TabOrder {

// The parts' controls come first among `container`'s controls, in the order given.
void placeFirst(QWidget *container, const QList<QWidget *> &parts);
// The parts' controls come last among `container`'s controls, in the order given.
void placeLast(QWidget *container, const QList<QWidget *> &parts);
// The parts' controls follow `anchor`, in the order given.
void placeAfter(QWidget *anchor, const QList<QWidget *> &parts);

} // namespace TabOrder
