#include "identitychangeeditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

IdentityChangeEditor::IdentityChangeEditor(Change change, QWidget *parent)
    : ActionEditor(parent)
    , m_change(change)
    , m_explanation(new QLabel(this))
    , m_value(new QLineEdit(this))
{
    static const char *const names[] = {"mergeExternalId", "renameExternalId", "removeExternalId"};
    m_value->setObjectName(QLatin1String(names[int(change)]));
    m_explanation->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(m_explanation);
    switch (change) {
    case Change::Merge:
        form->addRow(tr("External ID of the profile to merge into this one:"), m_value);
        break;
    case Change::RenameExternalId:
        form->addRow(tr("New external ID:"), m_value);
        break;
    case Change::RemoveExternalId:
        form->addRow(tr("Deprecated external ID:"), m_value);
        break;
    }
    connect(m_value, &QLineEdit::textChanged, this, &ActionEditor::edited);
}

QString IdentityChangeEditor::title() const
{
    switch (m_change) {
    case Change::Merge:
        return tr("Merge");
    case Change::RenameExternalId:
        return tr("Rename ID");
    case Change::RemoveExternalId:
        return tr("Remove ID");
    }
    return {};
}

void IdentityChangeEditor::setProfile(const UserProfile &profile)
{
    if (profile.brazeId != m_profile.brazeId)
        m_value->clear();
    m_profile = profile;
    switch (m_change) {
    case Change::Merge:
        m_explanation->setText(tr("Merges a duplicate profile into this one: its data moves here and the duplicate is deleted."));
        break;
    case Change::RenameExternalId:
        m_explanation->setText(profile.isUnidentified()
                                   ? tr("This profile has no external ID to rename.")
                                   : tr("Gives this profile a new external ID. The current one, “%1”, stays as a deprecated ID "
                                        "that still finds the profile until you remove it.").arg(profile.externalId));
        break;
    case Change::RemoveExternalId:
        m_explanation->setText(tr("Removes an external ID this profile had before a rename, so that it no longer finds the profile."));
        break;
    }
}

UserAction IdentityChangeEditor::action() const
{
    const QString value = m_value->text().trimmed();
    if (m_change == Change::Merge)
        return UserAction::merge(m_profile, value);
    if (m_change == Change::RenameExternalId)
        return UserAction::renameExternalId(m_profile, value);
    return UserAction::removeExternalId(m_profile, value);
}
