#pragma once

#include "users/actioneditor.h"

class QComboBox;
class QLabel;
class QLineEdit;

// One tab for an identity change Braze cannot undo, each with one identifier to enter: merge
// another profile into this one (/users/merge; the duplicate named by external ID, alias, e-mail
// address or phone number, the last two with Braze's choice among several profiles), rename this
// profile's external ID
// (/users/external_ids/rename) or remove a deprecated one (/users/external_ids/remove). The
// page asks for confirmation before sending and then shows the profile's before/after diff.
class IdentityChangeEditor : public ActionEditor
{
    Q_OBJECT

public:
    enum class Change { Merge, RenameExternalId, RemoveExternalId };

    explicit IdentityChangeEditor(Change change, QWidget *parent = nullptr);

    QString title() const override;
    void setProfile(const Users::UserProfile &profile) override;
    Users::UserAction action() const override;

private:
    Change m_change;
    Users::UserProfile m_profile;
    QLabel *m_explanation;
    QLineEdit *m_value;
    // Merge only: which kind of identifier, the alias label, and which of several profiles.
    QComboBox *m_kind = nullptr;
    QLineEdit *m_aliasLabel = nullptr;
    QComboBox *m_prioritization = nullptr;
    QLabel *m_prioritizationLabel = nullptr;
    void showMergeFields();
};
