#include "style/fieldmessage.h"

#include "shell/announcer.h"

#include <QEvent>

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    StatusColours::apply(this, StatusColours::Role::Error);
    keepRoom();
}

void FieldMessage::setMessage(const QString &message, StatusColours::Role role)
{
    const bool changed = message != text();
    setText(message);
    StatusColours::apply(this, role);
    // Read out when it appears or changes where the user is (not on a page or tab out of sight).
    if (changed && !message.isEmpty() && isVisible())
        Announcer::announce(this, message);
    else if (message.isEmpty())
        setAccessibleDescription({});
}

void FieldMessage::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        keepRoom();
}

void FieldMessage::reserveLines(int lines)
{
    m_lines = lines;
    keepRoom();
}

void FieldMessage::keepRoom()
{
    setMinimumHeight(m_lines * fontMetrics().lineSpacing());
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}
