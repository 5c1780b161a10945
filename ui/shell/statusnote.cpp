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
    }
}

} // namespace StatusNote
