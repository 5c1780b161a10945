#include "users/identitychangeeditor.h"

#include "users/identifierkinds.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Users;

IdentityChangeEditor::IdentityChangeEditor(Change change, QWidget *parent)
    : ActionEditor(parent)
    , m_change(change)
    , m_explanation(new QLabel(this))
    , m_value(new QLineEdit(this))
{
    static const char *const names[] = {"mergeIdentifier", "renameExternalId", "removeExternalId"};
    m_value->setObjectName(QLatin1String(names[int(change)]));
    m_explanation->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(m_explanation);
    switch (change) {
    case Change::Merge: {
        using Kind = Braze::UserIdentifier::Kind;
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("mergeKind"));
        m_kind->setAccessibleName(tr("Kind of identifier of the profile to merge"));
        // Braze's merge takes these four (braze-api-more.md §4.1), not a Braze ID.
        for (const Kind kind : {Kind::ExternalId, Kind::Alias, Kind::Email, Kind::Phone})
            m_kind->addItem(IdentifierKinds::displayName(kind), int(kind));
        m_aliasLabel = new QLineEdit(this);
        m_aliasLabel->setObjectName(QStringLiteral("mergeAliasLabel"));
        m_aliasLabel->setPlaceholderText(IdentifierKinds::aliasLabelExample());
        m_aliasLabel->setAccessibleName(tr("Alias label of the profile to merge"));
        m_value->setAccessibleName(tr("Identifier of the profile to merge"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_kind);
        row->addWidget(m_value, 1);
        row->addWidget(m_aliasLabel);
        form->addRow(tr("Profile to merge into this one:"), row);
        m_prioritization = new QComboBox(this);
        m_prioritization->setObjectName(QStringLiteral("mergePrioritization"));
        m_prioritization->addItem(tr("the unidentified one updated most recently"), QStringList{QStringLiteral("unidentified"), QStringLiteral("most_recently_updated")});
        m_prioritization->addItem(tr("the identified one updated most recently"), QStringList{QStringLiteral("identified"), QStringLiteral("most_recently_updated")});
        m_prioritization->addItem(tr("the one updated most recently"), QStringList{QStringLiteral("most_recently_updated")});
        m_prioritization->addItem(tr("the one updated least recently"), QStringList{QStringLiteral("least_recently_updated")});
        m_prioritization->setToolTip(tr("Braze's prioritization: which profile it merges when several have this e-mail address or phone number."));
        m_prioritizationLabel = new QLabel(tr("If several profiles have it, merge:"), this);
        m_prioritizationLabel->setBuddy(m_prioritization);
        m_prioritization->setAccessibleName(m_prioritizationLabel->text());
        form->addRow(m_prioritizationLabel, m_prioritization);
        connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
            showMergeFields();
            emit edited();
        });
        connect(m_aliasLabel, &QLineEdit::textChanged, this, &ActionEditor::edited);
        connect(m_prioritization, &QComboBox::currentIndexChanged, this, &ActionEditor::edited);
        showMergeFields();
        break;
    }
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
        return UserAction::merge(m_profile,
                                 IdentifierKinds::fromInput(Braze::UserIdentifier::Kind(m_kind->currentData().toInt()), value, m_aliasLabel->text()),
                                 m_prioritization->currentData().toStringList());
    if (m_change == Change::RenameExternalId)
        return UserAction::renameExternalId(m_profile, value);
    return UserAction::removeExternalId(m_profile, value);
}

void IdentityChangeEditor::showMergeFields()
{
    using Kind = Braze::UserIdentifier::Kind;
    const auto kind = Kind(m_kind->currentData().toInt());
    m_aliasLabel->setVisible(kind == Kind::Alias);
    const bool byContact = kind == Kind::Email || kind == Kind::Phone;
    m_prioritization->setVisible(byContact);
    m_prioritizationLabel->setVisible(byContact);
    m_value->setPlaceholderText(IdentifierKinds::example(kind));
}
