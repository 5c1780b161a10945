#pragma once

#include "users/useraction.h"
#include "users/userprofile.h"

#include <QWidget>

// One tab of the action panel: the inputs for one kind of change. The panel asks it for the
// action as entered whenever edited() is emitted and previews the request it would send.
class ActionEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // The profile the action is for; editors prefill from it.
    virtual void setProfile(const Users::UserProfile &profile) = 0;
    // The action as currently entered, with the reasons it cannot be sent yet.
    virtual Users::UserAction action() const = 0;

signals:
    void edited();
};
