#include "integrations/workflowpanel.h"
#include "integrations/remainingheight.h"
#include "shell/taborder.h"
#include "shell/announcer.h"
#include "style/fieldmessage.h"
#include "style/statuscolours.h"

#include "config/appsettings.h"
#include "integrations/integrationtext.h"
#include "integrations/paramresolver.h"
#include "integrations/stepregistry.h"
#include "integrations/stepreport.h"
#include "integrations/workflowrunner.h"
#include "integrations/workflowstepmodel.h"
#include "integrations/partnerpagecontext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Integrations;
using namespace Config;
using namespace Users;

WorkflowPanel::WorkflowPanel(const PartnerDescription &partner, const PartnerPageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_partner(partner)
    , m_context(context)
    , m_choice(new QComboBox(this))
    , m_savedUsers(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_form(new QFormLayout)
    , m_target(new QLabel(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_steps(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_showInLog(new QPushButton(tr("Show in the request log"), this))
    , m_verdict(new QLabel(this))
    , m_model(new WorkflowStepModel(this))
{
    m_choice->setObjectName(QStringLiteral("workflowChoice"));
    for (const WorkflowSpec &w : partner.workflows)
        m_choice->addItem(IntegrationText::text(w.titleId), w.id);
    m_description->setWordWrap(true);
    m_run->setObjectName(QStringLiteral("runWorkflow"));
    m_cancel->setObjectName(QStringLiteral("cancelWorkflow"));
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setModel(m_model);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->verticalHeader()->setVisible(false);
    // Status, step and time are read whole; the result takes the remaining width.
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setWordWrap(false);
    m_details->setObjectName(QStringLiteral("stepDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a step to see its request and response."));
    m_showInLog->setObjectName(QStringLiteral("showInLog"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_savedUsers->setObjectName(QStringLiteral("savedUsers"));
    m_savedUsers->setToolTip(tr("Fills in the parameters that name a user from a test user saved on the Test users page."));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Workflow:"), this));
    top->addWidget(m_choice, 1);
    top->addWidget(m_savedUsers);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_target, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_run);
    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_showInLog, 0, Qt::AlignRight);
    // The steps and their details share what is left; neither claims height of its own, so the
    // page fits 1280x800 with a parameter message line under every field.
    m_steps->setMinimumHeight(4 * fontMetrics().lineSpacing());
    m_details->setMinimumHeight(3 * fontMetrics().lineSpacing());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(detailsBox);
    RemainingHeight::take(splitter, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_description);
    // Each parameter keeps a line for its message below it: that line is the rows' spacing.
    m_form->setVerticalSpacing(0);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);
    layout->addWidget(splitter, 1);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        clearResults();
        rebuildParameters();
    });
    connect(m_savedUsers, &QComboBox::activated, this, &WorkflowPanel::useSavedUser);
    connect(m_run, &QPushButton::clicked, this, &WorkflowPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &WorkflowPanel::cancel);
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkflowPanel::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WorkflowPanel::showDetails);
    connect(m_showInLog, &QPushButton::clicked, this, [this] {
        const int row = m_steps->currentIndex().row();
        if (m_runner && row >= 0 && !m_runner->stepResult(row).exchanges.isEmpty() && m_context.navigate)
            m_context.navigate(QStringLiteral("requestlog"), QStringLiteral("call:%1").arg(m_runner->stepResult(row).exchanges.first().callId));
    });
    rebuildParameters();
}

const WorkflowSpec *WorkflowPanel::currentWorkflow() const
{
    return m_partner.workflow(m_choice->currentData().toString());
}

void WorkflowPanel::selectWorkflow(const QString &workflowId)
{
    m_choice->setCurrentIndex(m_choice->findData(workflowId));
}

void WorkflowPanel::clearResults()
{
    if (m_runner && m_runner->isRunning())
        return;
    m_model->setRunner(nullptr);
    m_verdict->clear();
    m_verdict->setEnabled(true);
    m_verdictText.clear();
    m_details->clear();
}

void WorkflowPanel::markResultsStale()
{
    if (!m_runner || m_runner->isRunning() || m_verdictText.isEmpty() || m_model->isStale())
        return;
    m_model->setStale(true);
    // Disabled, the label takes the palette's disabled colours: it reads as history, not as a verdict.
    m_verdict->setEnabled(false);
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(tr("From an earlier run, before the inputs changed: %1").arg(m_verdictText));
}

void WorkflowPanel::rememberParameters()
{
    const WorkflowSpec *workflow = currentWorkflow();
    if (!workflow || m_workspaceId.isEmpty())
        return;
    QHash<QString, QString> values;
    for (auto it = m_params.cbegin(); it != m_params.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    AppSettings().setWorkflowParameters(m_workspaceId, workflow->id, values);
}

void WorkflowPanel::setTarget(const QString &workspaceId, const QString &workspaceName, const QString &endpoint, bool sandbox)
{
    if (workspaceId != m_workspaceId || endpoint != m_endpoint)
        markResultsStale();
    m_workspaceId = workspaceId;
    m_endpoint = endpoint;
    m_sandbox = sandbox;
    m_target->setText(sandbox ? tr("Runs against the built-in sandbox: nothing reaches Braze.")
                              : tr("Runs against %1 (%2): real data in Braze!").arg(workspaceName, endpoint));
    if (sandbox)
        StatusColours::clear(m_target);
    else
        StatusColours::apply(m_target, StatusColours::Role::Error);
    QFont font = m_target->font();
    font.setBold(!sandbox);
    m_target->setFont(font);
    rebuildParameters();
    refreshSavedUsers();
}

void WorkflowPanel::refreshSavedUsers()
{
    m_savedUserList = m_context.savedTestUsers ? m_context.savedTestUsers(m_workspaceId) : QList<SavedTestUser>();
    m_savedUsers->clear();
    m_savedUsers->addItem(tr("Use a saved test user…"));
    for (const SavedTestUser &u : std::as_const(m_savedUserList))
        m_savedUsers->addItem(QStringLiteral("%1 — %2").arg(u.name, u.user.describe()));
    m_savedUsers->setVisible(!m_savedUserList.isEmpty());
}

void WorkflowPanel::useSavedUser(int index)
{
    if (index <= 0 || index > m_savedUserList.size() || !currentWorkflow())
        return;
    using Kind = Braze::UserIdentifier::Kind;
    const Braze::UserIdentifier user = m_savedUserList.at(index - 1).user;
    const QString matchOn = m_config.value(QLatin1String("match_on")).toString(QStringLiteral("external_id"));
    for (const ParamSpec &param : currentWorkflow()->params) {
        const bool fits = (param.type == QLatin1String("email") && user.kind() == Kind::Email)
                          || (param.type == QLatin1String("phone") && user.kind() == Kind::Phone)
                          || (param.name == QLatin1String("external_id") && user.kind() == Kind::ExternalId)
                          || (param.name == QLatin1String("user") && user.kind() == (matchOn == QLatin1String("braze_id") ? Kind::BrazeId : Kind::ExternalId));
        if (fits)
            m_params.value(param.name)->setText(user.value());
    }
    markResultsStale();
    rememberParameters();
    m_savedUsers->setCurrentIndex(0);
}

void WorkflowPanel::setConfig(const QJsonObject &config)
{
    if (config != m_config)
        markResultsStale();
    m_config = config;
    rebuildParameters();
}

void WorkflowPanel::rebuildParameters()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_params.clear();
    const WorkflowSpec *workflow = currentWorkflow();
    m_description->setText(workflow ? IntegrationText::text(workflow->descriptionId) : QString());
    if (!workflow)
        return;
    // What the user typed for this workflow in this workspace wins over the defaults (which come
    // from the saved settings); it survives visits to other pages and restarts.
    const QHash<QString, QString> remembered = AppSettings().workflowParameters(m_workspaceId, workflow->id);
    QList<QWidget *> fields;
    for (const ParamSpec &param : workflow->params) {
        auto *edit = new QLineEdit(remembered.contains(param.name) ? remembered.value(param.name)
                                                                   : ParamResolver::defaultValue(param, m_config, m_sandbox), this);
        edit->setObjectName(QStringLiteral("param_") + param.name);
        edit->setClearButtonEnabled(true);
        // The message stands under the field; its line is kept, so the fields below stay put.
        auto *field = new QWidget(this);
        auto *fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        fieldLayout->setSpacing(0);
        fieldLayout->addWidget(edit);
        auto *message = new FieldMessage(field);
        message->setObjectName(QStringLiteral("problem_") + param.name);
        fieldLayout->addWidget(message);
        edit->setParent(field);
        const auto showProblem = [param, edit, message](const QString &text) {
            const QString problem = ParamResolver::problem(param, text);
            message->setMessage(problem);
            if (problem.isEmpty())
                StatusColours::clear(edit);
            else
                StatusColours::apply(edit, StatusColours::Role::Error, true);
        };
        showProblem(edit->text());   // a remembered value may no longer fit
        connect(edit, &QLineEdit::textChanged, this, [this, showProblem](const QString &text) {
            showProblem(text);
            updateButtons();
        });
        connect(edit, &QLineEdit::textEdited, this, [this] {
            markResultsStale();
            rememberParameters();
        });
        m_params.insert(param.name, edit);
        fields << field;
        m_form->addRow(IntegrationText::text(param.labelId), field);
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setBuddy(edit);
    }
    // Made after the buttons below them: Tab reaches them right after the workflow's choice.
    TabOrder::placeAfter(m_savedUsers, fields);
    updateButtons();
}

void WorkflowPanel::updateButtons()
{
    const bool running = m_runner && m_runner->isRunning();
    bool valid = currentWorkflow() != nullptr;
    if (const WorkflowSpec *workflow = currentWorkflow()) {
        for (const ParamSpec &param : workflow->params)
            valid = valid && ParamResolver::problem(param, m_params.value(param.name)->text()).isEmpty();
    }
    m_run->setEnabled(!running && valid);
    m_cancel->setEnabled(running);
    m_choice->setEnabled(!running);
}

void WorkflowPanel::run()
{
    const WorkflowSpec *workflow = currentWorkflow();
    if (!workflow || (m_runner && m_runner->isRunning()))
        return;
    RunEnvironment environment;
    environment.client = m_context.client ? m_context.client() : nullptr;
    environment.probe = m_context.probe ? m_context.probe() : nullptr;
    environment.sandbox = m_sandbox;
    environment.endpoint = m_endpoint;
    environment.config = m_config;
    environment.navigate = m_context.navigate;
    if (m_runner)
        m_runner->deleteLater();
    m_runner = new WorkflowRunner(m_partner, *workflow, environment, StepRegistry::standard(), this);
    QHash<QString, QString> values;
    for (auto it = m_params.cbegin(); it != m_params.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    const QList<ParamIssue> issues = m_runner->setParameters(values);
    if (!issues.isEmpty()) {
        m_verdict->setText(tr("Check the parameters: %1").arg(issues.first().message));
        return;
    }
    m_model->setRunner(m_runner);
    m_steps->resizeColumnsToContents();
    connect(m_runner, &WorkflowRunner::stepStarted, this, [this](int row) { m_steps->selectRow(row); });
    connect(m_runner, &WorkflowRunner::finished, this, [this] {
        const WorkflowRunner::Verdict &v = m_runner->verdict();
        const QString mark = v.outcome == WorkflowRunner::Verdict::Outcome::Passed ? QStringLiteral("✔ ") : QStringLiteral("✘ ");
        m_verdict->setText(QStringLiteral("<b>%1%2</b> %3").arg(mark, v.message.toHtmlEscaped(),
                                                                v.hint.isEmpty() ? QString() : QStringLiteral("<br>") + tr("What to do: %1").arg(v.hint.toHtmlEscaped()))
                           + QStringLiteral(" (%1)").arg(tr("%L1 s").arg(v.durationMs / 1000.0, 0, 'f', 1)));
        StatusColours::apply(m_verdict, v.outcome == WorkflowRunner::Verdict::Outcome::Passed ? StatusColours::Role::Success : StatusColours::Role::Error);
        m_verdictText = m_verdict->text();
        Announcer::announce(m_verdict, m_verdictText);
        m_steps->viewport()->update();   // rows never reached now read "not run"
        if (v.stepIndex >= 0)
            m_steps->selectRow(v.stepIndex);
        m_steps->resizeColumnToContents(WorkflowStepModel::TitleColumn);
        updateButtons();
        emit runFinished();
    });
    m_verdict->setText(tr("Running…"));
    m_verdict->setEnabled(true);
    m_verdictText.clear();
    StatusColours::clear(m_verdict);
    m_runner->start();
    updateButtons();
}

void WorkflowPanel::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

void WorkflowPanel::showDetails()
{
    const int row = m_steps->currentIndex().row();
    if (!m_runner || row < 0 || row >= m_runner->stepCount()) {
        m_details->clear();
        m_showInLog->setEnabled(false);
        return;
    }
    const StepResult &result = m_runner->stepResult(row);
    const QString text = StepReport::text(m_runner->stepTitle(row), result);
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
    m_showInLog->setEnabled(!result.exchanges.isEmpty() && m_context.navigate);
}
