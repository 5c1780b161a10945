#pragma once

#include <QGroupBox>

class ConsoleSession;
class QLabel;
class QVBoxLayout;
class WorkspaceConnection;

// "What this key may do": the permission check of the active workspace, or why there is none
// yet (no key entered, the sandbox starting). Follows the active workspace.
class WorkspacePermissionsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit WorkspacePermissionsSection(ConsoleSession &session, QWidget *parent = nullptr);

private:
    void show(WorkspaceConnection *connection);

    ConsoleSession &m_session;
    QLabel *m_problem;
    QVBoxLayout *m_layout;
    QWidget *m_table = nullptr;
};
