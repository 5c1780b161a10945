#include "users/notfoundpanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NotFoundPanel::NotFoundPanel(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_aliasName(new QLineEdit(this))
    , m_aliasLabel(new QLineEdit(this))
    , m_create(new QPushButton(tr("Create alias-only profile"), this))
{
    m_message->setObjectName(QStringLiteral("notFoundMessage"));
    m_aliasName->setObjectName(QStringLiteral("newAliasName"));
    m_aliasLabel->setObjectName(QStringLiteral("newAliasLabel"));
    m_create->setObjectName(QStringLiteral("createAliasOnlyButton"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Alias name:"), m_aliasName);
    form->addRow(tr("Alias label:"), m_aliasLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_create, 0, Qt::AlignLeft);
    layout->addStretch(1);
    const auto update = [this] { m_create->setEnabled(!m_aliasName->text().trimmed().isEmpty() && !m_aliasLabel->text().trimmed().isEmpty()); };
    connect(m_aliasName, &QLineEdit::textChanged, this, update);
    connect(m_aliasLabel, &QLineEdit::textChanged, this, update);
    connect(m_create, &QPushButton::clicked, this, [this] {
        emit createAliasOnlyRequested(m_aliasName->text().trimmed(), m_aliasLabel->text().trimmed());
    });
}

void NotFoundPanel::showNotFound(const Braze::UserIdentifier &searched)
{
    m_message->setText(tr("No profile in this workspace has the %1. Check the spelling (alias names are case-sensitive), "
                          "or create an alias-only profile to test with; it can be given an external ID later.")
                           .arg(searched.describe()));
    const bool isAlias = searched.kind() == Braze::UserIdentifier::Kind::Alias;
    m_aliasName->setText(searched.value());
    if (isAlias)
        m_aliasLabel->setText(searched.aliasLabel());
    else if (searched.kind() == Braze::UserIdentifier::Kind::Email)
        m_aliasLabel->setText(QStringLiteral("email"));
    else if (searched.kind() == Braze::UserIdentifier::Kind::Phone)
        m_aliasLabel->setText(QStringLiteral("phone"));
    else
        m_aliasLabel->clear();
}
