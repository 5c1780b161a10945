#include "users/subscriptioneditor.h"

#include "braze/subscriptionstatetext.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QScrollBar>

using namespace Users;

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
    fillGroups();
}

void SubscriptionEditor::setKnownGroups(const QList<Integrations::SavedPartnerSettings::SubscriptionGroup> &groups)
{
    m_known = groups;
    fillGroups();
}

void SubscriptionEditor::fillGroups()
{
    const QString current = groupId();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    const auto knownLabel = [this](const QString &id) {
        for (const auto &known : std::as_const(m_known)) {
            if (known.id.compare(id, Qt::CaseInsensitive) == 0)
                return known.label;
        }
        return QString();
    };
    for (const SubscriptionGroupState &g : std::as_const(m_profile.subscriptionGroups)) {
        const QString name = !g.name.isEmpty() ? g.name : !knownLabel(g.id).isEmpty() ? knownLabel(g.id) : g.id;
        m_group->addItem(tr("%1 (%2, now %3)").arg(name, g.channel, Braze::SubscriptionStateText::inWords(g.status)), g.id);
    }
    for (const auto &known : std::as_const(m_known)) {
        if (m_group->findData(known.id) < 0)
            m_group->addItem(tr("%1 (%2, no state yet)").arg(known.label, known.id), known.id);
    }
    // The list may be wider than the field: each group's label and ID are read whole, never "…".
    QAbstractItemView *list = m_group->view();
    list->setTextElideMode(Qt::ElideNone);
    list->setMinimumWidth(list->sizeHintForColumn(0) + list->verticalScrollBar()->sizeHint().width() + 2 * list->frameWidth());
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
