#pragma once

#include "actioneditor.h"

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
    void setProfile(const UserProfile &profile) override;
    UserAction action() const override;

private:
    UserProfile m_profile;
    QLabel *m_explanation;
    QLineEdit *m_externalId;
};
