#include "users/userlookupbar.h"
#include "style/fieldmessage.h"

#include "users/identifierkinds.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

using namespace Users;

UserLookupBar::UserLookupBar(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_aliasLabel(new QLineEdit(this))
    , m_lookUp(new QPushButton(tr("Look up"), this))
    , m_saved(new QToolButton(this))
    , m_problem(new FieldMessage(this))
{
    m_kind->setObjectName(QStringLiteral("lookupKind"));
    m_value->setObjectName(QStringLiteral("lookupValue"));
    m_value->setAccessibleName(tr("Identifier to look up"));
    m_aliasLabel->setObjectName(QStringLiteral("lookupAliasLabel"));
    m_lookUp->setObjectName(QStringLiteral("lookupButton"));
    m_saved->setObjectName(QStringLiteral("savedUsersButton"));
    m_problem->setObjectName(QStringLiteral("lookupProblem"));

    for (auto kind : IdentifierKinds::lookupKinds())
        m_kind->addItem(IdentifierKinds::displayName(kind), int(kind));
    m_aliasLabel->setPlaceholderText(IdentifierKinds::aliasLabelExample());
    m_aliasLabel->setMaximumWidth(180);
    m_lookUp->setDefault(true);
    m_saved->setText(tr("Saved test users"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setMenu(new QMenu(m_saved));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind, 0, 0);
    layout->addWidget(m_value, 0, 1);
    layout->addWidget(m_aliasLabel, 0, 2);
    layout->addWidget(m_lookUp, 0, 3);
    layout->addWidget(m_saved, 0, 4);
    layout->addWidget(m_problem, 1, 0, 1, 5);
    layout->setColumnStretch(1, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &UserLookupBar::updateFields);
    connect(m_value, &QLineEdit::textEdited, m_problem, [this] { m_problem->setMessage({}); });
    connect(m_value, &QLineEdit::returnPressed, this, &UserLookupBar::requestLookUp);
    connect(m_aliasLabel, &QLineEdit::returnPressed, this, &UserLookupBar::requestLookUp);
    connect(m_lookUp, &QPushButton::clicked, this, &UserLookupBar::requestLookUp);
    setSavedUsers({});
    updateFields();
}

void UserLookupBar::updateFields()
{
    const auto kind = Braze::UserIdentifier::Kind(m_kind->currentData().toInt());
    m_aliasLabel->setVisible(kind == Braze::UserIdentifier::Kind::Alias);
    m_value->setPlaceholderText(IdentifierKinds::example(kind));
    m_problem->setMessage({});
}

Braze::UserIdentifier UserLookupBar::identifier() const
{
    return IdentifierKinds::fromInput(Braze::UserIdentifier::Kind(m_kind->currentData().toInt()), m_value->text(), m_aliasLabel->text());
}

void UserLookupBar::setIdentifier(const Braze::UserIdentifier &user)
{
    m_kind->setCurrentIndex(m_kind->findData(int(user.kind())));
    m_value->setText(user.value());
    m_aliasLabel->setText(user.aliasLabel());
    m_problem->setMessage({});
}

void UserLookupBar::setSavedUsers(const QList<SavedTestUser> &users)
{
    QMenu *menu = m_saved->menu();
    menu->clear();
    for (const SavedTestUser &saved : users) {
        QAction *action = menu->addAction(QStringLiteral("%1 — %2").arg(saved.name, saved.user.describe()));
        action->setToolTip(saved.note);
        connect(action, &QAction::triggered, this, [this, user = saved.user] {
            setIdentifier(user);
            requestLookUp();
        });
    }
    if (users.isEmpty())
        menu->addAction(tr("No saved test users yet: look a user up and choose “Save as test user”."))->setEnabled(false);
}

void UserLookupBar::setBusy(bool busy)
{
    m_busy = busy;
    m_lookUp->setEnabled(!busy);
    m_lookUp->setText(busy ? tr("Looking up…") : tr("Look up"));
}

void UserLookupBar::requestLookUp()
{
    if (m_busy)
        return;
    const Braze::UserIdentifier user = identifier();
    if (const QString problem = user.problem(); !problem.isEmpty()) {
        m_problem->setMessage(problem);
        return;
    }
    m_problem->setMessage({});
    emit lookUpRequested(user);
}
