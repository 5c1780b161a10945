#include "workspaces/workspacepermissionssection.h"

#include "consolesession.h"
#include "permissions/permissiontablewidget.h"
#include "workspaceconnection.h"

#include <QLabel>
#include <QVBoxLayout>

WorkspacePermissionsSection::WorkspacePermissionsSection(ConsoleSession &session, QWidget *parent)
    : QGroupBox(tr("API key permissions of the active workspace"), parent)
    , m_session(session)
    , m_problem(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("permissionsSection"));
    m_problem->setWordWrap(true);
    m_layout->addWidget(m_problem);
    setMinimumHeight(320);
    connect(&session, &ConsoleSession::connectionChanged, this, &WorkspacePermissionsSection::show);
    show(session.connection());
}

void WorkspacePermissionsSection::show(WorkspaceConnection *connection)
{
    delete m_table;
    m_table = nullptr;
    m_problem->setVisible(!connection);
    m_problem->setText(m_session.connectionProblem());
    if (!connection)
        return;
    setTitle(tr("API key permissions of “%1”").arg(connection->workspace().name));
    m_table = new PermissionTableWidget(&connection->permissions(), this);
    m_layout->addWidget(m_table, 1);
}
