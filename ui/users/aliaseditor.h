#pragma once

#include "users/actioneditor.h"

class QLineEdit;

// Add an alias (name and label) to an identified profile.
class AliasEditor : public ActionEditor
{
    Q_OBJECT

public:
    explicit AliasEditor(QWidget *parent = nullptr);

    QString title() const override { return tr("Add alias"); }
    void setProfile(const Users::UserProfile &profile) override { m_profile = profile; }
    Users::UserAction action() const override;

private:
    Users::UserProfile m_profile;
    QLineEdit *m_name;
    QLineEdit *m_label;
};
