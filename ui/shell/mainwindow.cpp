#include "mainwindow.h"

#include "placeholderpage.h"

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace {
constexpr int PageIdRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_workspaceLabel(new QLabel(this))
    , m_sandboxBadge(new QLabel(tr("Sandbox"), this))
{
    setWindowTitle(tr("Braze Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/braze-console.svg")));
    resize(1180, 760);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(18, 18));
    m_navigation->setMinimumWidth(200);
    m_navigation->setMaximumWidth(260);

    addPage(QStringLiteral("workspaces"), tr("Workspaces"), QStringLiteral("workspaces"),
            new PlaceholderPage(tr("Workspaces"), tr("Your Braze workspaces: REST endpoint, API key and App ID."), this));
    addSection(tr("Integrations"));
    addPage(QStringLiteral("quikly"), tr("Quikly"), QStringLiteral("partner"),
            new PlaceholderPage(tr("Quikly"), tr("Urgency marketing: e-mail acquisition, SMS subscriptions with double opt-in, and the Quikly webhook. "
                                                 "This page will check the API key's permissions, hold the subscription group and scope, and rehearse each workflow step by step."), this));
    addPage(QStringLiteral("smartersends"), tr("SmarterSends"), QStringLiteral("partner"),
            new PlaceholderPage(tr("SmarterSends"), tr("Distributed e-mail campaigns: App ID, API campaign and message variation IDs per group, scheduled messages and send IDs."), this));
    addPage(QStringLiteral("actioniq"), tr("ActionIQ"), QStringLiteral("partner"),
            new PlaceholderPage(tr("ActionIQ"), tr("Audience sync as AIQ_<Audience ID>_<Split ID> attributes, forwarded events and API-triggered campaigns."), this));
    addPage(QStringLiteral("outgrow"), tr("Outgrow"), QStringLiteral("partner"),
            new PlaceholderPage(tr("Outgrow"), tr("Quizzes and calculators: map each Outgrow response field to a Braze custom attribute and test the mapping."), this));
    addSection(tr("Tools"));
    addPage(QStringLiteral("webhooks"), tr("Webhook templates"), QStringLiteral("webhook"),
            new PlaceholderPage(tr("Webhook templates"), tr("Build the webhook a campaign or Canvas sends to a partner and preview the exact request for any user."), this));
    addPage(QStringLiteral("users"), tr("Test users"), QStringLiteral("user"),
            new PlaceholderPage(tr("Test users"), tr("Look up a user by external ID, e-mail, phone or alias, inspect the profile and change it deliberately."), this));
    addPage(QStringLiteral("requestlog"), tr("Request log"), QStringLiteral("log"),
            new PlaceholderPage(tr("Request log"), tr("Every request the console sends and every response, with filters, pretty-printed JSON and “Copy as cURL”."), this));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_sandboxBadge->setObjectName(QStringLiteral("sandboxBadge"));
    m_sandboxBadge->setStyleSheet(QStringLiteral("QLabel { background: #f4a261; color: #1e2a4a; border-radius: 7px; padding: 1px 8px; font-weight: bold; }"));
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    statusBar()->addWidget(m_workspaceLabel);
    statusBar()->addPermanentWidget(m_sandboxBadge);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        const QString id = m_navigation->item(row)->data(PageIdRole).toString();
        for (int i = 0; i < m_pages->count(); ++i) {
            if (m_pages->widget(i)->objectName() == id)
                m_pages->setCurrentIndex(i);
        }
    });
    showPage(QStringLiteral("workspaces"));
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
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_navigation);
    item->setData(PageIdRole, pageId);
    page->setObjectName(pageId);
    m_pages->addWidget(page);
}

void MainWindow::showPage(const QString &pageId)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(PageIdRole).toString() == pageId) {
            m_navigation->setCurrentRow(row);
            return;
        }
    }
}

QString MainWindow::currentPageId() const
{
    return m_pages->currentWidget() ? m_pages->currentWidget()->objectName() : QString();
}
