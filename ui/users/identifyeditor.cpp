#include "users/identifyeditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Users;

IdentifyEditor::IdentifyEditor(QWidget *parent)
    : ActionEditor(parent)
    , m_explanation(new QLabel(this))
    , m_externalId(new QLineEdit(this))
{
    m_externalId->setObjectName(QStringLiteral("identifyExternalId"));
    m_explanation->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(m_explanation);
    form->addRow(tr("External ID:"), m_externalId);
    connect(m_externalId, &QLineEdit::textChanged, this, &ActionEditor::edited);
}

void IdentifyEditor::setProfile(const UserProfile &profile)
{
    m_profile = profile;
    m_explanation->setText(profile.isUnidentified()
        ? tr("This profile is known only by its alias. Give it an external ID; if a profile with that ID exists, "
             "Braze merges this one into it and removes this alias-only profile.")
        : tr("This profile already has the external ID “%1”. Only alias-only profiles can be identified.").arg(profile.externalId));
    m_externalId->setEnabled(profile.isUnidentified());
}

UserAction IdentifyEditor::action() const
{
    return UserAction::identify(m_profile, m_externalId->text().trimmed());
}
