#include "shell/statusnote.h"

#include "shell/announcer.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QWidget>

namespace StatusNote {

void show(QWidget *from, const QString &text)
{
    if (auto *window = qobject_cast<QMainWindow *>(from ? from->window() : nullptr)) {
        window->statusBar()->showMessage(text, DisplayMs);
        Announcer::announce(window->statusBar(), text);
    } else {
        Announcer::announce(from, text);   // no status bar to show it: still read out
    }
}

} // namespace StatusNote
