#include "shell/mainwindow.h"
#include "style/statuscolours.h"
#include "style/tintedicon.h"

#include "config/appsettings.h"
#include "help/glossarytips.h"
#include "help/pagesections.h"
#include "help/startherepage.h"
#include "help/userguidewindow.h"
#include "config/workspacestore.h"
#include "composer/composerpage.h"
#include "consolesession.h"
#include "core.h"
#include "integrations/integrationtext.h"
#include "integrations/partnerpage.h"
#include "integrations/partnerpagefactory.h"
#include "integrations/partnersettingsform.h"
#include "braze/log/requestlogfile.h"
#include "braze/log/requestlogmodel.h"
#include "requestlog/requestlogpage.h"
#include "shell/dialogmnemonics.h"
#include "shell/keyboardscheme.h"
#include "shell/preferencesdialog.h"
#include "shell/unsavedinput.h"
#include "users/testuserspage.h"
#include "webhook/webhookpage.h"
#include "workspaces/workspacepermissionssection.h"
#include "workspaces/workspacespage.h"
#include "workspaceconnection.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

using namespace Config;
using namespace Users;

namespace {
constexpr int PageIdRole = Qt::UserRole + 1;
// A partner's state in the sidebar: "ready", "attention" or "unknown" (for tests and screen readers).
constexpr int PartnerStateRole = Qt::UserRole + 2;
// The navigation icon's SVG resource, tinted again when the palette changes.
constexpr int IconResourceRole = Qt::UserRole + 3;
}

MainWindow::MainWindow(ConsoleSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(nullptr)
    , m_pages(nullptr)
    , m_workspaceLabel(new QLabel(this))
    , m_sandboxBadge(new QLabel(tr("Sandbox"), this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/braze-console.svg")));
    DialogMnemonics::install();
    GlossaryTips::install();
    resize(1180, 760);

    createPages();

    m_sandboxBadge->setObjectName(QStringLiteral("sandboxBadge"));
    StatusColours::apply(m_sandboxBadge, StatusColours::Role::Warning, true);
    m_sandboxBadge->setContentsMargins(8, 1, 8, 1);
    QFont badgeFont = m_sandboxBadge->font();
    badgeFont.setBold(true);
    m_sandboxBadge->setFont(badgeFont);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    statusBar()->addWidget(m_workspaceLabel);
    statusBar()->addPermanentWidget(m_sandboxBadge);

    connect(&session.workspaces(), &WorkspaceStore::currentWorkspaceChanged, this, &MainWindow::showActiveWorkspace);
    // The Workspaces page keeps the failure with Retry; the status bar says it wherever the user is.
    connect(&session.workspaces(), &WorkspaceStore::saveFailed, this, [this](const QString &problem) {
        statusBar()->showMessage(problem);
    });
    connect(&session.workspaces(), &WorkspaceStore::saveRecovered, this, [this] {
        statusBar()->showMessage(tr("The workspaces are saved."), 5000);
    });
    connect(&session, &ConsoleSession::connectionChanged, this, &MainWindow::showActiveWorkspace);
    if (Braze::RequestLogFile *logFile = session.requestLogFile())
        connect(logFile, &Braze::RequestLogFile::writeFailed, this, [this](const QString &message) { statusBar()->showMessage(message); });
    showActiveWorkspace();
    createMenus();
    restoreGeometry(AppSettings().mainWindowGeometry());
    showPage(QStringLiteral("workspaces"));
}

void MainWindow::createPages()
{
    m_navigation = new QListWidget(this);
    m_pages = new QStackedWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(18, 18));
    m_navigation->setMinimumWidth(200);
    m_navigation->setMaximumWidth(260);

    auto *workspacesPage = new WorkspacesPage(m_session, this);
    workspacesPage->addSection(new WorkspacePermissionsSection(m_session, workspacesPage));
    addPage(QStringLiteral("workspaces"), tr("Workspaces"), QStringLiteral("workspaces"), workspacesPage);
    addSection(tr("Integrations"));
    // One page per partner description; a step may ask for another page ("webhooks" with a preset).
    const auto navigate = [this](const QString &pageId, const QString &argument) {
        showPage(pageId);
        QWidget *page = pageWidget(pageId);
        if (page && argument.startsWith(QLatin1String("preset:")) && page->metaObject()->indexOfMethod("createFromPreset(QString)") >= 0)
            QMetaObject::invokeMethod(page, "createFromPreset", Q_ARG(QString, argument.mid(7)));
        if (page && argument.startsWith(QLatin1String("call:")) && page->metaObject()->indexOfMethod("selectCall(quint64)") >= 0)
            QMetaObject::invokeMethod(page, "selectCall", Q_ARG(quint64, argument.mid(5).toULongLong()));
    };
    const QList<PartnerPage *> partnerPages = PartnerPageFactory::createAll(m_session, navigate, this);
    for (PartnerPage *page : partnerPages) {
        addPage(page->partner().id, Integrations::IntegrationText::text(page->partner().titleId), QStringLiteral("partner"), page);
        showPartnerState(page);
        connect(page, &PartnerPage::readinessChanged, this, [this, page] { showPartnerState(page); });
    }
    addSection(tr("Tools"));
    auto *webhookPage = new WebhookPage(m_session, QString(), this);
    addPage(QStringLiteral("webhooks"), tr("Webhook templates"), QStringLiteral("webhook"), webhookPage);
    // A value saved on a partner's Settings tab reaches the templates that refer to it at once.
    for (PartnerPage *page : partnerPages)
        connect(page, &PartnerPage::settingsChanged, webhookPage, &WebhookPage::partnerSettingsChanged);
    auto *usersPage = new TestUsersPage(m_session.testUsers(), this);
    const auto connectUsersPage = [usersPage, this] {
        WorkspaceConnection *connection = m_session.connection();
        const Workspace workspace = m_session.workspaces().current();
        usersPage->setWorkspace(workspace.id, connection ? &connection->client() : nullptr, workspace.builtInSandbox);
        usersPage->setKnownSubscriptionGroups(Integrations::SavedPartnerSettings(workspace.id, workspace.builtInSandbox).subscriptionGroups());
    };
    connect(&m_session, &ConsoleSession::connectionChanged, usersPage, connectUsersPage);
    // A group ID saved on a partner's Settings tab is offered on the Test users page at once.
    for (PartnerPage *page : partnerPages)
        connect(page, &PartnerPage::settingsChanged, usersPage, connectUsersPage);
    connectUsersPage();
    addPage(QStringLiteral("users"), tr("Test users"), QStringLiteral("user"), usersPage);
    auto *requestLogPage = new RequestLogPage(&m_session.requestLog(), this);
    requestLogPage->setApiKeyProvider([this](const QString &workspace) { return m_session.apiKeyOf(workspace); });
    requestLogPage->setSession(&m_session);
    addPage(QStringLiteral("requestlog"), tr("Request log"), QStringLiteral("log"), requestLogPage);
    auto *composerPage = new ComposerPage(m_session, this);
    addPage(QStringLiteral("composer"), tr("Request composer"), QStringLiteral("composer"), composerPage);
    connect(requestLogPage, &RequestLogPage::openInComposerRequested, this, [this, composerPage](const Braze::RequestLogEntry &entry) {
        composerPage->openLogEntry(entry);
        showPage(QStringLiteral("composer"));
    });
    addStartHerePage(partnerPages.isEmpty() ? QString() : partnerPages.first()->partner().id);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);   // deletes the pages of the previous language, if any
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;   // "Start here" is shown, which has no entry
        const QString id = m_navigation->item(row)->data(PageIdRole).toString();
        for (int i = 0; i < m_pages->count(); ++i) {
            if (m_pages->widget(i)->objectName() == id)
                m_pages->setCurrentIndex(i);
        }
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (int row = 0; row < m_navigation->count(); ++row)
            tintIcon(m_navigation->item(row));
    }
    // A new language (Preferences): the pages are built again in it, once however many
    // catalogues changed. Every saved value lives in the session; what is typed and not saved yet
    // is carried over (retranslate()).
    if (event->type() == QEvent::LanguageChange && !m_retranslating) {
        m_retranslating = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
}

void MainWindow::retranslate()
{
    m_retranslating = false;
    const QString page = currentPageId();
    // What was typed and not saved goes over to the pages built in the new language. The webhook
    // builder and the Workspaces page asked about their unsaved changes before.
    QHash<QString, UnsavedInput> typed;
    for (int i = 0; i < m_pages->count(); ++i) {
        const QString id = m_pages->widget(i)->objectName();
        if (id != QLatin1String("webhooks") && id != QLatin1String("workspaces"))
            typed.insert(id, UnsavedInput::read(pageWidget(id)));
    }
    QHash<QString, QJsonObject> partnerSettings;
    for (PartnerPage *partner : m_pages->findChildren<PartnerPage *>())
        partnerSettings.insert(partner->partner().id, partner->settings()->values());
    const auto *users = qobject_cast<TestUsersPage *>(pageWidget(QStringLiteral("users")));
    const UserProfile profile = users ? users->profile() : UserProfile();

    createPages();
    for (PartnerPage *partner : m_pages->findChildren<PartnerPage *>()) {
        if (partnerSettings.contains(partner->partner().id))
            partner->settings()->continueEditing(partnerSettings.value(partner->partner().id));
    }
    if (auto *newUsers = qobject_cast<TestUsersPage *>(pageWidget(QStringLiteral("users"))))
        newUsers->showReadProfile(profile);
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        it.value().giveBack(pageWidget(it.key()));
    menuBar()->clear();
    createMenus();
    m_sandboxBadge->setText(tr("Sandbox"));
    showActiveWorkspace();
    showPage(page);
}

bool MainWindow::confirmLeavingPages()
{
    // Unsaved webhook templates: the page asks, and the user may cancel.
    if (auto *webhooks = findChild<WebhookPage *>(); webhooks && !webhooks->confirmClose())
        return false;
    // An unsaved new workspace or unsaved changes to one: the Workspaces page asks.
    if (auto *workspaces = findChild<WorkspacesPage *>(); workspaces && !workspaces->confirmClose())
        return false;
    return true;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Preferences…"), this, [this] {
        const QString language = AppSettings().language();
        PreferencesDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (m_session.requestLogFile())
            m_session.requestLogFile()->setKeeping(AppSettings().keepRequestLog());
        // The new language at once, after unsaved changes were saved or let go.
        if (AppSettings().language() != language) {
            if (confirmLeavingPages())
                Console::useLanguage(AppSettings().language());
            else
                statusBar()->showMessage(tr("The new language is used from the next start of the console."));
        }
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // Ctrl+1 … Ctrl+9: the pages in the navigation's order.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    int number = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        if (!(item->flags() & Qt::ItemIsSelectable))
            continue;
        QAction *open = go->addAction(item->text(), this, [this, row] { m_navigation->setCurrentRow(row); });
        if (++number <= 9)
            open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    guide->setToolTip(tr("Opens the user guide at the section about this page."));
    help->addAction(tr("&Start here"), this, &MainWindow::showStartHere);
    help->addSeparator();
    help->addAction(tr("&About Braze Console"), this, [this] {
        QMessageBox::about(this, tr("About Braze Console"),
            tr("<h3>Braze Console %1</h3><p>Set up, preview and test Braze partner integrations: "
               "Quikly, SmarterSends, ActionIQ and Outgrow.</p><p>The built-in sandbox imitates Braze's REST API "
               "on this computer, so everything can be tried without a Braze account.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showActiveWorkspace()
{
    const Workspace workspace = m_session.workspaces().current();
    const QString endpoint = workspace.endpoint.isEmpty() ? tr("starting…") : workspace.endpoint.toString();
    QString text = tr("Workspace: %1 — %2").arg(workspace.name, endpoint);
    if (!m_session.connection() && !m_session.connectionProblem().isEmpty())
        text += QStringLiteral(" · ") + m_session.connectionProblem();
    m_workspaceLabel->setText(text);
    m_sandboxBadge->setVisible(workspace.builtInSandbox);
    setWindowTitle(tr("%1 — Braze Console").arg(workspace.name));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeavingPages()) {
        event->ignore();
        return;
    }
    AppSettings().setMainWindowGeometry(saveGeometry());
    event->accept();
}

void MainWindow::addSection(const QString &title)
{
    auto *item = new QListWidgetItem(title.toUpper(), m_navigation);
    item->setFlags(Qt::NoItemFlags);
    QFont font = item->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    item->setFont(font);
}

void MainWindow::addPage(const QString &pageId, const QString &title, const QString &iconName, QWidget *page)
{
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(PageIdRole, pageId);
    item->setData(IconResourceRole, QStringLiteral(":/icons/%1.svg").arg(iconName));
    tintIcon(item);
    page->setObjectName(pageId);
    KeyboardScheme::install(page);
    // Each page scrolls when the window is smaller than the page wants (long German or French
    // labels), so no page can force the window wider than the screen.
    auto *scroll = new QScrollArea(m_pages);
    scroll->setObjectName(pageId);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_pages->addWidget(scroll);
}

void MainWindow::addStartHerePage(const QString &firstPartnerId)
{
    auto *page = new StartHerePage(firstPartnerId, this);
    connect(page, &StartHerePage::dismissed, this, [this] {
        AppSettings settings;
        settings.setStartHereDismissed(true);
        if (const QString problem = settings.saveProblem(); !problem.isEmpty())
            statusBar()->showMessage(problem);
        if (currentPageId() == QLatin1String("starthere"))
            showPage(QStringLiteral("workspaces"));
    });
    connect(page, &StartHerePage::goTo, this, [this](const QString &pageId, StartHerePage::Tab tab) {
        showPage(pageId);
        auto *scroll = m_pages->findChild<QScrollArea *>(pageId, Qt::FindDirectChildrenOnly);
        auto *partner = scroll ? qobject_cast<PartnerPage *>(scroll->widget()) : nullptr;
        if (partner && tab == StartHerePage::Tab::Settings)
            partner->showSettingsTab();
        if (partner && tab == StartHerePage::Tab::Workflows)
            partner->showWorkflowsTab();
    });
    connect(page, &StartHerePage::userGuideRequested, this, &MainWindow::showUserGuide);
    page->setObjectName(QStringLiteral("starthere"));
    auto *scroll = new QScrollArea(m_pages);
    scroll->setObjectName(QStringLiteral("starthere"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_pages->addWidget(scroll);
}

void MainWindow::showStartHere()
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == QLatin1String("starthere")) {
            m_navigation->setCurrentRow(-1);
            m_pages->setCurrentIndex(i);
            m_pages->currentWidget()->findChild<QPushButton *>(QStringLiteral("startWorkspaces"))->setFocus();
        }
    }
}

void MainWindow::showStartHereUnlessDismissed()
{
    if (!AppSettings().startHereDismissed())
        showStartHere();
}

bool MainWindow::isPartnerPage(const QString &pageId) const
{
    auto *scroll = m_pages->findChild<QScrollArea *>(pageId, Qt::FindDirectChildrenOnly);
    return scroll && qobject_cast<PartnerPage *>(scroll->widget());
}

UserGuideWindow *MainWindow::showUserGuide()
{
    if (!m_userGuide)
        m_userGuide = new UserGuideWindow(this);
    const QString pageId = currentPageId();
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
    m_userGuide->showSection(Help::PageSections::anchorFor(pageId, isPartnerPage(pageId)));
    return m_userGuide;
}

void MainWindow::tintIcon(QListWidgetItem *item)
{
    const QString resource = item->data(IconResourceRole).toString();
    if (resource.isEmpty() || item->data(PartnerStateRole).isValid())
        return;   // a section title, or a partner whose icon shows its state in the style's colours
    // The window's palette: the list's own follows it, possibly after this window's PaletteChange.
    item->setIcon(TintedIcon::load(resource, palette().color(QPalette::Text), palette().color(QPalette::HighlightedText)));
}

void MainWindow::showPartnerState(PartnerPage *page)
{
    using Overall = Integrations::Readiness::Overall;
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        if (item->data(PageIdRole).toString() != page->partner().id)
            continue;
        // The style's own icons follow the palette (light or dark) and the platform's look.
        const Overall overall = page->readiness();
        const QStyle::StandardPixmap icon = overall == Overall::Ready ? QStyle::SP_DialogApplyButton
                                            : overall == Overall::NeedsAttention ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxQuestion;
        item->setIcon(style()->standardIcon(icon));
        item->setToolTip(page->readinessText());
        item->setData(Qt::AccessibleDescriptionRole, page->readinessText());
        item->setData(PartnerStateRole, overall == Overall::Ready ? QStringLiteral("ready")
                                        : overall == Overall::NeedsAttention ? QStringLiteral("attention") : QStringLiteral("unknown"));
    }
}

QString MainWindow::partnerState(const QString &partnerId) const
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(PageIdRole).toString() == partnerId)
            return m_navigation->item(row)->data(PartnerStateRole).toString();
    }
    return {};
}

void MainWindow::showPage(const QString &pageId)
{
    if (pageId == QLatin1String("starthere")) {
        showStartHere();
        return;
    }
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(PageIdRole).toString() == pageId) {
            m_navigation->setCurrentRow(row);
            return;
        }
    }
}

QWidget *MainWindow::pageWidget(const QString &pageId) const
{
    auto *scroll = m_pages->findChild<QScrollArea *>(pageId, Qt::FindDirectChildrenOnly);
    return scroll ? scroll->widget() : nullptr;
}

QString MainWindow::currentPageId() const
{
    return m_pages->currentWidget() ? m_pages->currentWidget()->objectName() : QString();
}
