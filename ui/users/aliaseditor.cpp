#include "users/aliaseditor.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Users;

AliasEditor::AliasEditor(QWidget *parent)
    : ActionEditor(parent)
    , m_name(new QLineEdit(this))
    , m_label(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("aliasName"));
    m_label->setObjectName(QStringLiteral("aliasLabel"));
    m_name->setPlaceholderText(tr("e.g. crm-4711 (case-sensitive)"));
    m_label->setPlaceholderText(tr("e.g. crm_id; one alias per label"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Alias name:"), m_name);
    form->addRow(tr("Alias label:"), m_label);
    connect(m_name, &QLineEdit::textChanged, this, &ActionEditor::edited);
    connect(m_label, &QLineEdit::textChanged, this, &ActionEditor::edited);
}

UserAction AliasEditor::action() const
{
    UserAction action = UserAction::addAlias(m_profile, m_name->text().trimmed(), m_label->text().trimmed());
    for (const Braze::UserIdentifier &existing : m_profile.aliases) {
        if (existing.aliasLabel() == m_label->text().trimmed())
            action.addProblem(QStringLiteral("alias_label"),
                              tr("The profile already has an alias with the label “%1”; Braze keeps one alias per label.").arg(existing.aliasLabel()));
    }
    return action;
}
