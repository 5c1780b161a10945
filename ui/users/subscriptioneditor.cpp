#include "subscriptioneditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

SubscriptionEditor::SubscriptionEditor(QWidget *parent)
    : ActionEditor(parent)
    , m_group(new QComboBox(this))
    , m_state(new QComboBox(this))
{
    m_group->setObjectName(QStringLiteral("subscriptionGroup"));
    m_state->setObjectName(QStringLiteral("subscriptionState"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->lineEdit()->setPlaceholderText(tr("Subscription group ID (Audience › Subscriptions)"));
    m_state->addItem(tr("Subscribed"), int(Braze::SubscriptionState::Subscribed));
    m_state->addItem(tr("Unsubscribed"), int(Braze::SubscriptionState::Unsubscribed));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("New state:"), m_state);
    connect(m_group, &QComboBox::currentTextChanged, this, &ActionEditor::edited);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ActionEditor::edited);
}

void SubscriptionEditor::setProfile(const UserProfile &profile)
{
    m_profile = profile;
    const QString current = groupId();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    for (const SubscriptionGroupState &g : profile.subscriptionGroups)
        m_group->addItem(tr("%1 (%2, now %3)").arg(g.name.isEmpty() ? g.id : g.name, g.channel, g.status), g.id);
    const int index = m_group->findData(current);
    if (index >= 0)
        m_group->setCurrentIndex(index);
    else
        m_group->setEditText(current);
}

QString SubscriptionEditor::groupId() const
{
    // A listed group carries its ID as data; typed text is the ID itself.
    const int index = m_group->currentIndex();
    if (index >= 0 && m_group->itemText(index) == m_group->currentText())
        return m_group->itemData(index).toString();
    return m_group->currentText().trimmed();
}

UserAction SubscriptionEditor::action() const
{
    return UserAction::setSubscription(m_profile, groupId(), Braze::SubscriptionState(m_state->currentData().toInt()));
}
