#pragma once

#include "users/actioneditor.h"

class QCheckBox;
class QComboBox;
class TypedValueEdit;

// Set or clear one standard or custom attribute. Choosing an existing attribute fills in its
// type and value, so a change starts from what is stored.
class AttributeEditor : public ActionEditor
{
    Q_OBJECT

public:
    explicit AttributeEditor(QWidget *parent = nullptr);

    QString title() const override { return tr("Attribute"); }
    void setProfile(const Users::UserProfile &profile) override;
    Users::UserAction action() const override;

private:
    void prefill(const QString &name);

    Users::UserProfile m_profile;
    QComboBox *m_name;
    TypedValueEdit *m_value;
    QCheckBox *m_clear;
};
