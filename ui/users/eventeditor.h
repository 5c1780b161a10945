#pragma once

#include "users/actioneditor.h"

class QLineEdit;
class QTableWidget;

// Log a custom event now, with typed properties (one row per property).
class EventEditor : public ActionEditor
{
    Q_OBJECT

public:
    explicit EventEditor(QWidget *parent = nullptr);

    QString title() const override { return tr("Custom event"); }
    void setProfile(const Users::UserProfile &profile) override { m_profile = profile; }
    Users::UserAction action() const override;

    // Adds an empty property row (also the "Add property" button).
    void addProperty();

private:
    Users::UserProfile m_profile;
    QLineEdit *m_name;
    QTableWidget *m_properties;
};
