#include "fieldmessage.h"

#include "statuscolours.h"

#include <QEvent>

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    StatusColours::apply(this, StatusColours::Role::Error);
    keepOneLine();
}

void FieldMessage::setMessage(const QString &message)
{
    setText(message);
    // Read out when it appears, as a tooltip would not be.
    setAccessibleDescription(message);
}

void FieldMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        keepOneLine();
}

void FieldMessage::keepOneLine()
{
    setMinimumHeight(fontMetrics().lineSpacing());
}
