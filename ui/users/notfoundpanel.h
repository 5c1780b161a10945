#pragma once

#include "braze/useridentifier.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// No profile answers to the identifier. Says so, and offers to create an alias-only profile
// (the way an e-mail capture creates one), with the alias prefilled from what was searched.
class NotFoundPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotFoundPanel(QWidget *parent = nullptr);

    void showNotFound(const Braze::UserIdentifier &searched);

signals:
    void createAliasOnlyRequested(const QString &aliasName, const QString &aliasLabel);

private:
    QLabel *m_message;
    QLineEdit *m_aliasName;
    QLineEdit *m_aliasLabel;
    QPushButton *m_create;
};
