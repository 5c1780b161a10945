#include "users/actionpanel.h"

#include "users/aliaseditor.h"
#include "users/attributeeditor.h"
#include "users/deleteeditor.h"
#include "users/eventeditor.h"
#include "users/identifyeditor.h"
#include "users/identitychangeeditor.h"
#include "users/requestpreview.h"
#include "users/subscriptioneditor.h"

#include <QSplitter>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Users;

ActionPanel::ActionPanel(QWidget *parent)
    : QWidget(parent)
    , m_choice(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_preview(new RequestPreview(this))
    , m_delete(new DeleteEditor(this))
    , m_subscription(new SubscriptionEditor(this))
{
    m_tabs->setObjectName(QStringLiteral("actionTabs"));
    // A list to choose the change from instead of the tab bar: six and more titles do not fit
    // one row in German or French ("Events, Käufe, Gerä…").
    m_tabs->tabBar()->hide();
    m_tabs->setDocumentMode(true);
    m_choice->setObjectName(QStringLiteral("actionChoice"));
    addEditor(new AttributeEditor(this));
    addEditor(new EventEditor(this));
    addEditor(m_subscription);
    addEditor(new AliasEditor(this));
    addEditor(new IdentifyEditor(this));
    addEditor(new IdentityChangeEditor(IdentityChangeEditor::Change::Merge, this));
    addEditor(new IdentityChangeEditor(IdentityChangeEditor::Change::RenameExternalId, this));
    addEditor(new IdentityChangeEditor(IdentityChangeEditor::Change::RemoveExternalId, this));
    addEditor(m_delete);

    auto *choiceRow = new QHBoxLayout;
    auto *choiceLabel = new QLabel(tr("&Change:"), this);
    choiceLabel->setBuddy(m_choice);
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_choice, 1);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(choiceRow);
    topLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_preview);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_choice, &QComboBox::currentIndexChanged, m_tabs, &QTabWidget::setCurrentIndex);
    connect(m_tabs, &QTabWidget::currentChanged, m_choice, &QComboBox::setCurrentIndex);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ActionPanel::refreshPreview);
    connect(m_preview, &RequestPreview::sendRequested, this, [this] {
        const UserAction action = currentAction();
        if (action.isReady())
            emit actionRequested(action);
    });
    refreshPreview();
}

void ActionPanel::addEditor(ActionEditor *editor)
{
    m_editors.append(editor);
    m_tabs->addTab(editor, editor->title());
    m_choice->addItem(editor->title());
    connect(editor, &ActionEditor::edited, this, [this, editor] {
        if (m_tabs->currentWidget() == editor)
            refreshPreview();
    });
}

void ActionPanel::setKnownSubscriptionGroups(const QList<Integrations::SavedPartnerSettings::SubscriptionGroup> &groups)
{
    m_subscription->setKnownGroups(groups);
    refreshPreview();
}

void ActionPanel::setProfile(const UserProfile &profile)
{
    for (ActionEditor *editor : std::as_const(m_editors))
        editor->setProfile(profile);
    refreshPreview();
}

void ActionPanel::setSandbox(bool sandbox)
{
    m_delete->setSandbox(sandbox);
}

void ActionPanel::setBusy(bool busy)
{
    m_preview->setBusy(busy);
}

UserAction ActionPanel::currentAction() const
{
    return m_editors.at(m_tabs->currentIndex())->action();
}

void ActionPanel::refreshPreview()
{
    m_preview->showAction(currentAction());
}
