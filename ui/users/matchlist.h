#pragma once

#include "users/userprofile.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// Several profiles answer to one identifier (an e-mail address shared by a family): the
// marketer sees them side by side and opens the one meant.
class MatchList : public QWidget
{
    Q_OBJECT

public:
    explicit MatchList(QWidget *parent = nullptr);

    void showMatches(const Braze::UserIdentifier &searched, const QList<Users::UserProfile> &profiles);

signals:
    void matchChosen(const Users::UserProfile &profile);

private:
    void chooseCurrent();

    QLabel *m_heading;
    QListWidget *m_list;
    QPushButton *m_open;
    QList<Users::UserProfile> m_profiles;
};
