#pragma once

#include <QLabel>
#include <QSizePolicy>

// A message that appears and disappears beside a field (its error) keeps one line of room while
// hidden, so showing it does not move the fields below under the mouse.
namespace MessageSpace {

inline void reserve(QLabel *message)
{
    QSizePolicy policy = message->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    message->setSizePolicy(policy);
    message->setMinimumHeight(message->fontMetrics().lineSpacing());
}

} // namespace MessageSpace
