#pragma once

#include <QWidget>

// "Start here": what the sandbox is and the five things the console does, each with a button that
// goes there. The main window shows it at the first start and from Help › Start here; once the
// user dismisses it (Dismiss, or one of its buttons) it does not come back at start.
class StartHerePage : public QWidget
{
    Q_OBJECT

public:
    // Where a button leads: a page id of the main window and, for partner pages, the tab.
    enum class Tab { None, Settings, Workflows };

    explicit StartHerePage(const QString &firstPartnerId, QWidget *parent = nullptr);

signals:
    void goTo(const QString &pageId, StartHerePage::Tab tab);
    void dismissed();
    void userGuideRequested();
};
