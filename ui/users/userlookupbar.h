#pragma once

#include "braze/useridentifier.h"
#include "users/savedtestuser.h"

#include <QWidget>

class FieldMessage;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

// The row at the top of the test-user page: what kind of identifier, the value (and the alias
// label), "Look up", and the saved test users of the workspace for one click.
class UserLookupBar : public QWidget
{
    Q_OBJECT

public:
    explicit UserLookupBar(QWidget *parent = nullptr);

    void setSavedUsers(const QList<Users::SavedTestUser> &users);
    // Fills the fields, e.g. from a saved user or a chosen match.
    void setIdentifier(const Braze::UserIdentifier &user);
    Braze::UserIdentifier identifier() const;
    void setBusy(bool busy);

signals:
    void lookUpRequested(const Braze::UserIdentifier &user);

private:
    void updateFields();
    void requestLookUp();

    QComboBox *m_kind;
    QLineEdit *m_value;
    QLineEdit *m_aliasLabel;
    QPushButton *m_lookUp;
    QToolButton *m_saved;
    FieldMessage *m_problem;
    bool m_busy = false;
};
