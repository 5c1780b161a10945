#pragma once

#include <QString>

class QWidget;

// A short confirmation in the main window's status bar ("Copied.", "Saved."), shown from any
// page without the page knowing the window, and read out to screen readers (only here: the page
// does not announce it again). Outside a main window it is only read out.
namespace StatusNote {

constexpr int DisplayMs = 4000;

void show(QWidget *from, const QString &text);

} // namespace StatusNote
