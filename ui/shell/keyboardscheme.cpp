#include "shell/keyboardscheme.h"

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>

namespace KeyboardScheme {

namespace {

struct Binding
{
    QList<QKeySequence> keys;
    QList<const char *> controls;   // object names, the first one found on the page wins
};

// Brings the tabs and stacked pages between the page and the control to the front.
void reveal(QWidget *control, QWidget *page)
{
    for (QWidget *w = control; w && w != page; w = w->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget());
        if (!stack)
            continue;
        if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
            tabs->setCurrentWidget(w);
        else
            stack->setCurrentWidget(w);
    }
}

void activate(QWidget *control, QWidget *page)
{
    if (!control->isEnabled())
        return;
    reveal(control, page);
    if (!control->isVisibleTo(page))
        return;   // hidden by the page itself: nothing to run or cancel now
    if (auto *button = qobject_cast<QAbstractButton *>(control)) {
        button->animateClick();
    } else {
        control->setFocus(Qt::ShortcutFocusReason);
        if (auto *field = qobject_cast<QLineEdit *>(control))
            field->selectAll();
    }
}

} // namespace

void install(QWidget *page)
{
    const QList<Binding> bindings{
        {{QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}, {"runWorkflow", "sendTest", "lookupButton", "sendRequest"}},
        {{QKeySequence::Save}, {"saveSettings", "saveTemplate", "saveTestUserButton", "save"}},
        {{QKeySequence::Find}, {"logSearch", "lookupValue", "templateSearch", "endpointSearch"}},
        {{QKeySequence(Qt::Key_Escape)}, {"cancelWorkflow", "cancelRehearsal", "cancelSend"}},
    };
    for (const Binding &binding : bindings) {
        for (const char *name : binding.controls) {
            QWidget *control = page->findChild<QWidget *>(QLatin1String(name));
            if (!control)
                continue;
            // Window-wide while the page is shown: hidden pages' actions take no keys.
            auto *action = new QAction(page);
            action->setShortcuts(binding.keys);
            page->addAction(action);
            QObject::connect(action, &QAction::triggered, control, [control, page] { activate(control, page); });
            break;
        }
    }
}

} // namespace KeyboardScheme
