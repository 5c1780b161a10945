#include "workspaces/workspacespage.h"

#include "config/workspaceexchange.h"
#include "config/workspacestore.h"
#include "consolesession.h"
#include "shell/saveproblembar.h"
#include "workspaces/workspaceeditor.h"
#include "workspaces/workspaceitemdelegate.h"

#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

WorkspacesPage::WorkspacesPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListView(this))
    , m_editor(new WorkspaceEditor(session, this))
    , m_use(new QPushButton(tr("Use this workspace"), this))
    , m_duplicate(new QPushButton(tr("Duplicate"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_sections(new QVBoxLayout)
{
    WorkspaceStore &store = m_session.workspaces();
    m_list->setObjectName(QStringLiteral("workspaceList"));
    m_list->setModel(&store);
    m_list->setItemDelegate(new WorkspaceItemDelegate(store, m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(220);
    m_use->setObjectName(QStringLiteral("useWorkspace"));
    m_duplicate->setObjectName(QStringLiteral("duplicateWorkspace"));
    m_delete->setObjectName(QStringLiteral("deleteWorkspace"));
    auto *create = new QPushButton(tr("New"), this);
    create->setObjectName(QStringLiteral("newWorkspace"));
    auto *importButton = new QPushButton(tr("Import…"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the workspaces as JSON for a colleague. API keys are never exported."));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(create);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto *exchangeButtons = new QHBoxLayout;
    exchangeButtons->addWidget(importButton);
    exchangeButtons->addWidget(exportButton);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Workspaces"), this));
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addLayout(exchangeButtons);

    auto *editorBox = new QGroupBox(tr("Workspace"), this);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->addWidget(m_editor);
    auto *useRow = new QHBoxLayout;
    auto *activeNote = new QLabel(tr("The active workspace is the one every page and workflow talks to."), this);
    activeNote->setWordWrap(true);
    useRow->addWidget(activeNote, 1);
    useRow->addWidget(m_use);
    editorLayout->addLayout(useRow);

    auto *rightContents = new QWidget(this);
    auto *right = new QVBoxLayout(rightContents);
    right->addWidget(editorBox);
    right->addLayout(m_sections);
    right->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(rightContents);

    // A failed save of the workspaces shows here, with Retry, until a save succeeds.
    auto *saveProblem = new SaveProblemBar(this);
    connect(&store, &WorkspaceStore::saveFailed, saveProblem, &SaveProblemBar::showProblem);
    connect(&store, &WorkspaceStore::saveRecovered, saveProblem, &QWidget::hide);
    connect(saveProblem, &SaveProblemBar::retryRequested, &store, &WorkspaceStore::retrySave);
    if (!store.saveProblem().isEmpty())
        saveProblem->showProblem(store.saveProblem());
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(saveProblem);
    layout->addLayout(columns, 1);

    connect(create, &QPushButton::clicked, this, &WorkspacesPage::createWorkspace);
    connect(m_duplicate, &QPushButton::clicked, this, &WorkspacesPage::duplicateWorkspace);
    connect(m_delete, &QPushButton::clicked, this, &WorkspacesPage::deleteWorkspace);
    connect(m_use, &QPushButton::clicked, this, &WorkspacesPage::useSelectedWorkspace);
    connect(importButton, &QPushButton::clicked, this, &WorkspacesPage::importWorkspaces);
    connect(exportButton, &QPushButton::clicked, this, &WorkspacesPage::exportWorkspaces);
    connect(m_list, &QListView::doubleClicked, this, &WorkspacesPage::useSelectedWorkspace);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (current.row() == previous.row())
                    return;
                if (previous.isValid() && !confirmLeavingEditor()) {
                    const QSignalBlocker blocker(m_list->selectionModel());
                    m_list->setCurrentIndex(previous);
                    return;
                }
                m_editor->edit(*m_session.workspaces().workspace(current.data(WorkspaceStore::IdRole).toString()));
                updateButtons();
            });
    connect(&store, &WorkspaceStore::currentWorkspaceChanged, this, [this] {
        updateButtons();
        m_list->viewport()->update();   // the active workspace is drawn in bold
    });
    connect(&store, &WorkspaceStore::modelReset, this, [this] { selectRow(m_session.workspaces().rowOf(m_session.workspaces().current().id)); });
    connect(&store, &WorkspaceStore::workspaceChanged, this, [this](const Workspace &workspace) {
        // The sandbox's address arrives once its server listens; show it unless the user is editing.
        if (workspace.id == m_editor->workspaceId() && !m_editor->hasUnsavedChanges())
            m_editor->edit(workspace);
    });
    selectRow(store.rowOf(store.current().id));
}

void WorkspacesPage::addSection(QWidget *section)
{
    m_sections->addWidget(section);
}

void WorkspacesPage::selectRow(int row)
{
    m_list->setCurrentIndex(m_session.workspaces().index(std::max(0, row)));
}

QString WorkspacesPage::selectedId() const
{
    return m_list->currentIndex().data(WorkspaceStore::IdRole).toString();
}

void WorkspacesPage::updateButtons()
{
    const auto workspace = m_session.workspaces().workspace(selectedId());
    m_delete->setEnabled(workspace && !workspace->builtInSandbox);
    m_duplicate->setEnabled(workspace && !workspace->builtInSandbox);
    const bool isCurrent = workspace && workspace->id == m_session.workspaces().current().id;
    m_use->setEnabled(workspace && !isCurrent);
    m_use->setText(isCurrent ? tr("Active workspace") : tr("Use this workspace"));
}

bool WorkspacesPage::confirmLeavingEditor()
{
    if (!m_editor->hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("The workspace has changes that are not saved yet. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        m_editor->save();
    return answer != QMessageBox::Cancel && !(answer == QMessageBox::Save && m_editor->hasUnsavedChanges());
}

void WorkspacesPage::createWorkspace()
{
    if (!confirmLeavingEditor())
        return;
    WorkspaceStore &store = m_session.workspaces();
    Workspace workspace = Workspace::create(store.uniqueName(tr("New workspace")));
    workspace.endpoint = QUrl(QStringLiteral("https://rest.iad-01.braze.com"));
    store.add(workspace);
    selectRow(store.rowOf(workspace.id));
}

void WorkspacesPage::duplicateWorkspace()
{
    if (!confirmLeavingEditor())
        return;
    const QString copy = m_session.duplicateWorkspace(selectedId());
    if (copy.isEmpty())
        return;
    selectRow(m_session.workspaces().rowOf(copy));
}

void WorkspacesPage::deleteWorkspace()
{
    const auto workspace = m_session.workspaces().workspace(selectedId());
    if (!workspace || workspace->builtInSandbox)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete workspace"),
        tr("Delete the workspace “%1”? Its API key is removed from the keychain too.").arg(workspace->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_session.removeWorkspace(workspace->id);
    selectRow(m_session.workspaces().rowOf(m_session.workspaces().current().id));
}

void WorkspacesPage::useSelectedWorkspace()
{
    if (!confirmLeavingEditor())
        return;
    m_session.workspaces().setCurrent(selectedId());
}

void WorkspacesPage::importWorkspaces()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import workspaces"), {}, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const auto result = WorkspaceExchange::importFromFile(path);
    if (!result.problem.isEmpty()) {
        QMessageBox::warning(this, tr("Import workspaces"), result.problem);
        return;
    }
    for (Workspace workspace : result.workspaces) {
        workspace.name = m_session.workspaces().uniqueName(workspace.name);
        m_session.workspaces().add(workspace);
    }
    QMessageBox::information(this, tr("Import workspaces"),
        tr("Imported %n workspace(s). Enter each one's API key before you use it.", nullptr, int(result.workspaces.size())));
}

void WorkspacesPage::exportWorkspaces()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export workspaces"), tr("workspaces.json"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QString problem = WorkspaceExchange::exportToFile(m_session.workspaces().workspaces(), path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export workspaces"), problem);
}
