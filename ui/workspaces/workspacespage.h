#pragma once

#include <QWidget>

class ConsoleSession;
class QListView;
class QPushButton;
class WorkspaceEditor;

// The Workspaces page: the list of workspaces with create, duplicate, delete, import, export
// and "use this workspace", and the editor of the selected one.
class WorkspacesPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspacesPage(ConsoleSession &session, QWidget *parent = nullptr);

    // For pages below the editor (the permission check) that belong to the selected workspace.
    void addSection(QWidget *section);
    // Asks about unsaved changes or an unsaved new workspace; false when the user cancels.
    bool confirmClose();
    // Imports the workspaces in the file by the editor's rules, asking about hosts that are not
    // Braze's, and shows what was imported and what was refused (the Import… button's work).
    void importFrom(const QString &path);
    // What the last import did, as shown on the page.
    QString importReport() const;

private:
    void selectRow(int row);
    void createWorkspace();
    void duplicateWorkspace();
    void deleteWorkspace();
    void useSelectedWorkspace();
    void importWorkspaces();
    void exportWorkspaces();
    void showImportReport(const QString &text, bool problem);
    QString selectedId() const;
    void updateButtons();
    bool confirmLeavingEditor();

    ConsoleSession &m_session;
    QListView *m_list;
    WorkspaceEditor *m_editor;
    QPushButton *m_use;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    class QLabel *m_importReport;
    class QVBoxLayout *m_sections;
};
