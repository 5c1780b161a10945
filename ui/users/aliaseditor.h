#pragma once

#include "actioneditor.h"

class QLineEdit;

// Add an alias (name and label) to an identified profile.
class AliasEditor : public ActionEditor
{
    Q_OBJECT

public:
    explicit AliasEditor(QWidget *parent = nullptr);

    QString title() const override { return tr("Add alias"); }
    void setProfile(const UserProfile &profile) override { m_profile = profile; }
    UserAction action() const override;

private:
    UserProfile m_profile;
    QLineEdit *m_name;
    QLineEdit *m_label;
};
