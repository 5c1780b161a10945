#include "workspaces/workspacespage.h"

#include "config/workspaceexchange.h"
#include "config/workspacereview.h"
#include "config/workspacestore.h"
#include "consolesession.h"
#include "shell/saveproblembar.h"
#include "shell/statusnote.h"
#include "style/statuscolours.h"
#include "workspaces/workspaceeditor.h"
#include "workspaces/workspaceitemdelegate.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Config;

WorkspacesPage::WorkspacesPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListView(this))
    , m_editor(new WorkspaceEditor(session, this))
    , m_use(new QPushButton(tr("Use this workspace"), this))
    , m_duplicate(new QPushButton(tr("Duplicate"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_importReport(new QLabel(this))
    , m_sections(new QVBoxLayout)
{
    WorkspaceStore &store = m_session.workspaces();
    m_list->setObjectName(QStringLiteral("workspaceList"));
    m_list->setAccessibleName(tr("Workspaces"));
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
    m_importReport->setObjectName(QStringLiteral("importReport"));
    m_importReport->setWordWrap(true);
    m_importReport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importReport->setMaximumWidth(320);
    m_importReport->hide();
    left->addWidget(m_importReport);

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
    scroll->setFocusPolicy(Qt::NoFocus);   // a frame around the editor, not a control
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
                const QString leftId = m_editor->workspaceId();
                if (previous.isValid() && !confirmLeavingEditor()) {
                    const QSignalBlocker blocker(m_list->selectionModel());
                    m_list->setCurrentIndex(previous);
                    return;
                }
                m_editor->edit(*m_session.workspaces().workspace(current.data(WorkspaceStore::IdRole).toString()));
                // A new workspace left without saving is discarded, as the question said.
                if (m_session.workspaces().isDraft(leftId))
                    m_session.workspaces().remove(leftId);
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
    const bool isCurrent = workspace && workspace->id == m_session.workspaces().current().id;
    const bool draft = workspace && m_session.workspaces().isDraft(workspace->id);
    m_duplicate->setEnabled(workspace && !workspace->builtInSandbox && !draft);
    m_use->setEnabled(workspace && !isCurrent && !draft);
    m_use->setToolTip(draft ? tr("Save the new workspace first.") : QString());
    m_use->setText(isCurrent ? tr("Active workspace") : tr("Use this workspace"));
}

bool WorkspacesPage::confirmLeavingEditor()
{
    if (!m_editor->hasUnsavedChanges())
        return true;
    const auto draft = m_session.workspaces().workspace(m_editor->workspaceId());
    const bool isDraft = draft && m_session.workspaces().isDraft(draft->id);
    const auto answer = QMessageBox::question(this, isDraft ? tr("New workspace not saved") : tr("Unsaved changes"),
        isDraft ? tr("The new workspace “%1” is not saved yet. Save it? Otherwise it is discarded.").arg(draft->name)
                : tr("The workspace has changes that are not saved yet. Save them?"),
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
    if (store.isDraft(m_editor->workspaceId()))
        store.remove(m_editor->workspaceId());   // discarded: one question is enough
    Workspace workspace = Workspace::create(store.uniqueName(tr("New workspace")));
    workspace.endpoint = QUrl(QStringLiteral("https://rest.iad-01.braze.com"));
    // Nothing reaches the file before the first Save: a workspace created and left alone vanishes.
    store.addDraft(workspace);
    selectRow(store.rowOf(workspace.id));
}

bool WorkspacesPage::confirmClose()
{
    return confirmLeavingEditor();
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
    if (!path.isEmpty())
        importFrom(path);
}

void WorkspacesPage::importFrom(const QString &path)
{
    const auto result = WorkspaceExchange::importFromFile(path);
    if (!result.problem.isEmpty()) {
        showImportReport(result.problem, true);
        return;
    }
    WorkspaceStore &store = m_session.workspaces();
    QStringList imported, refused;
    for (WorkspaceReview::Entry entry : WorkspaceReview::review(result.workspaces, store.namesExcept(QString()))) {
        if (entry.verdict == WorkspaceReview::Verdict::NeedsConfirmation) {
            // The same question the editor asks; a confirmation written in the file counts for nothing.
            const auto answer = QMessageBox::question(this, tr("Import workspaces"),
                tr("Workspace “%1”: %2").arg(entry.workspace.name, entry.reason), QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            entry = WorkspaceReview::check(entry.workspace, store.namesExcept(QString()),
                                           answer == QMessageBox::Yes ? entry.workspace.endpoint.host() : QString());
            if (entry.verdict == WorkspaceReview::Verdict::NeedsConfirmation)
                entry.reason = tr("you did not confirm %1 as its REST endpoint.").arg(entry.workspace.endpoint.host());
        }
        if (entry.verdict == WorkspaceReview::Verdict::Accepted) {
            store.add(entry.workspace);
            imported.append(entry.workspace.name);
        } else {
            refused.append(WorkspaceReview::describe(entry));
        }
    }
    QStringList report;
    if (!imported.isEmpty())
        report.append(tr("Imported %n workspace(s): %1. Enter each one's API key before you use it.", nullptr, int(imported.size()))
                          .arg(imported.join(QStringLiteral(", "))));
    if (!refused.isEmpty())
        report.append(tr("Not imported:") + QStringLiteral("\n• ") + refused.join(QStringLiteral("\n• ")));
    showImportReport(report.join(QStringLiteral("\n\n")), !refused.isEmpty());
    if (!imported.isEmpty())
        StatusNote::show(this, tr("Imported %n workspace(s).", nullptr, int(imported.size())));
}

void WorkspacesPage::showImportReport(const QString &text, bool problem)
{
    m_importReport->setText(text);
    if (problem)
        StatusColours::apply(m_importReport, StatusColours::Role::Error);
    else
        StatusColours::clear(m_importReport);
    m_importReport->setVisible(!text.isEmpty());
}

QString WorkspacesPage::importReport() const
{
    return m_importReport->isVisible() ? m_importReport->text() : QString();
}

void WorkspacesPage::exportWorkspaces()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export workspaces"), tr("workspaces.json"), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QString problem = WorkspaceExchange::exportToFile(m_session.workspaces().workspaces(), path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export workspaces"), problem);
    else
        StatusNote::show(this, tr("Workspaces exported to %1 (without API keys).").arg(QDir::toNativeSeparators(path)));
}
