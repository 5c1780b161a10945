#pragma once

#include <QFontMetrics>
#include <QSizePolicy>
#include <QWidget>

#include <algorithm>

// A list or text view that takes the height its tab leaves over and asks for none of its own
// (its content scrolls inside it): the partner page's preferred height then fits a 1280×800
// window instead of scrolling the whole page. It keeps room for `lines` lines, and never less
// than its own minimum.
namespace RemainingHeight {

inline void take(QWidget *view, int lines)
{
    QSizePolicy policy = view->sizePolicy();
    policy.setVerticalPolicy(QSizePolicy::Ignored);
    policy.setVerticalStretch(1);
    view->setSizePolicy(policy);
    view->setMinimumHeight(std::max(view->minimumSizeHint().height(), lines * view->fontMetrics().lineSpacing()));
}

} // namespace RemainingHeight
