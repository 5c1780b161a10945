#pragma once

#include "users/actioneditor.h"

class QLabel;
class QLineEdit;

// Delete the profile. Irreversible, so the identifier must be typed to confirm; on a real
// Braze workspace an extra warning says that real data goes.
class DeleteEditor : public ActionEditor
{
    Q_OBJECT

public:
    explicit DeleteEditor(QWidget *parent = nullptr);

    QString title() const override { return tr("Delete"); }
    void setProfile(const Users::UserProfile &profile) override;
    Users::UserAction action() const override;
    void setSandbox(bool sandbox);

private:
    Users::UserProfile m_profile;
    QLabel *m_instruction;
    QLabel *m_realWorkspaceWarning;
    QLineEdit *m_confirmation;
};
