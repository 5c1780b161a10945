#pragma once

#include "users/actioneditor.h"

class QLabel;
class QLineEdit;

// Give an alias-only profile an external ID (/users/identify). If a profile with that
// external ID exists, Braze merges the alias-only profile into it.
class IdentifyEditor : public ActionEditor
{
    Q_OBJECT

public:
    explicit IdentifyEditor(QWidget *parent = nullptr);

    QString title() const override { return tr("Identify"); }
    void setProfile(const Users::UserProfile &profile) override;
    Users::UserAction action() const override;

private:
    Users::UserProfile m_profile;
    QLabel *m_explanation;
    QLineEdit *m_externalId;
};
