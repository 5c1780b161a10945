#pragma once

class QWidget;

// The console's keys within a page, the same on every page: Ctrl+Return runs or sends the page's
// main action (Run a workflow, Send test, Look up), Ctrl+S saves, Ctrl+F goes to the page's
// search or look-up field, Esc cancels what is running. Each key is bound to the first control
// the page has of its list (by object name), reveals the tab it sits on and acts only while the
// page is shown and the control enabled.
namespace KeyboardScheme {

void install(QWidget *page);

} // namespace KeyboardScheme
