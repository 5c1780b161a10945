#pragma once

#include <QMainWindow>

class ConsoleSession;
class PartnerPage;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QLabel;
class UserGuideWindow;

// The console's frame: the navigation list on the left, the page it selects on the right and
// the active workspace in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleSession &session, QWidget *parent = nullptr);

    // Shows the page registered under this id ("workspaces", "quikly", "webhooks", ...).
    void showPage(const QString &pageId);
    QString currentPageId() const;
    // The page registered under this id, as built for the current language.
    QWidget *pageWidget(const QString &pageId) const;
    // The partner's state shown by its sidebar icon: "ready", "attention" or "unknown".
    QString partnerState(const QString &partnerId) const;

    // "Start here" (page id "starthere", off the navigation list): at start until dismissed, and
    // from Help › Start here.
    void showStartHere();
    void showStartHereUnlessDismissed();
    // Help › User guide (F1): the guide opened at the section of the page shown.
    UserGuideWindow *showUserGuide();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    void createMenus();
    void retranslate();
    // Asks about unsaved changes on the pages; false when the user cancels.
    bool confirmLeavingPages();
    void showActiveWorkspace();
    void showPartnerState(PartnerPage *page);
    void tintIcon(QListWidgetItem *item);
    void addSection(const QString &title);
    void addPage(const QString &pageId, const QString &title, const QString &iconName, QWidget *page);
    void addStartHerePage(const QString &firstPartnerId);
    bool isPartnerPage(const QString &pageId) const;

    ConsoleSession &m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_workspaceLabel;
    QLabel *m_sandboxBadge;
    UserGuideWindow *m_userGuide = nullptr;
    bool m_retranslating = false;
};
