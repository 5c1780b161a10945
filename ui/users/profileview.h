#pragma once

#include "users/profilediff.h"
#include "users/userprofile.h"

#include <QTabWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

// A looked-up profile in tabs: identifiers and aliases, attributes (standard and custom, with
// their types), subscription groups, what the export says of events, purchases and devices,
// and the raw JSON. After an action the rows the diff names are highlighted, with the value
// before in the tooltip.
class ProfileView : public QTabWidget
{
    Q_OBJECT

public:
    explicit ProfileView(QWidget *parent = nullptr);

    void showProfile(const Users::UserProfile &profile, const Users::ProfileDiff &diff = {});
    // Whether the row for this path ("custom_attributes.plan") is highlighted as changed.
    bool isHighlighted(const QString &path) const;

private:
    QTreeWidget *makeTree(const QString &objectName, const QStringList &headers, const QString &title);
    QTreeWidgetItem *addRow(QTreeWidget *tree, QTreeWidgetItem *parent, const QString &path, const QStringList &columns);
    void fillIdentifiers(const Users::UserProfile &profile);
    void fillAttributes(const Users::UserProfile &profile);
    void fillSubscriptions(const Users::UserProfile &profile);
    void fillActivity(const Users::UserProfile &profile);
    void highlight(const Users::ProfileDiff &diff);

    QTreeWidget *m_identifiers;
    QTreeWidget *m_attributes;
    QTreeWidget *m_subscriptions;
    QTreeWidget *m_activity;
    QPlainTextEdit *m_raw;
    QList<QTreeWidget *> m_trees;
};
