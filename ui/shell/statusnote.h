#pragma once

#include <QString>

class QWidget;

// A short confirmation in the main window's status bar ("Copied.", "Saved."), shown from any
// page without the page knowing the window; nothing happens when the widget is not in one.
namespace StatusNote {

constexpr int DisplayMs = 4000;

void show(QWidget *from, const QString &text);

} // namespace StatusNote
