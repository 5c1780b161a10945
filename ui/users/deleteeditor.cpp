#include "users/deleteeditor.h"
#include "style/statuscolours.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Users;

DeleteEditor::DeleteEditor(QWidget *parent)
    : ActionEditor(parent)
    , m_instruction(new QLabel(this))
    , m_realWorkspaceWarning(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
{
    m_confirmation->setObjectName(QStringLiteral("deleteConfirmation"));
    m_realWorkspaceWarning->setObjectName(QStringLiteral("realWorkspaceWarning"));
    m_instruction->setWordWrap(true);
    m_realWorkspaceWarning->setWordWrap(true);
    StatusColours::apply(m_realWorkspaceWarning, StatusColours::Role::Error);
    QFont bold = m_realWorkspaceWarning->font();
    bold.setBold(true);
    m_realWorkspaceWarning->setFont(bold);
    m_realWorkspaceWarning->setText(tr("This is a real Braze workspace, not the sandbox. Deleting removes the person's "
                                       "profile, history and subscriptions for good; Braze cannot undo it."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_realWorkspaceWarning);
    layout->addWidget(m_instruction);
    layout->addWidget(m_confirmation);
    layout->addStretch(1);
    connect(m_confirmation, &QLineEdit::textChanged, this, &ActionEditor::edited);
}

void DeleteEditor::setSandbox(bool sandbox)
{
    m_realWorkspaceWarning->setVisible(!sandbox);
}

void DeleteEditor::setProfile(const UserProfile &profile)
{
    if (profile.primaryIdentifier() != m_profile.primaryIdentifier())
        m_confirmation->clear();
    m_profile = profile;
    m_instruction->setText(tr("Deleting cannot be undone. Type %1 to confirm.").arg(profile.primaryIdentifier().value()));
}

UserAction DeleteEditor::action() const
{
    UserAction action = UserAction::deleteUser(m_profile);
    if (m_confirmation->text().trimmed() != m_profile.primaryIdentifier().value())
        action.addProblem(QStringLiteral("confirmation"),
                          tr("Type %1 above to confirm the deletion.").arg(m_profile.primaryIdentifier().value()));
    return action;
}
