#include "integrations/workflowstepmodel.h"

#include "integrations/workflowrunner.h"

namespace Integrations {

WorkflowStepModel::WorkflowStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkflowStepModel::setRunner(WorkflowRunner *runner)
{
    beginResetModel();
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    m_progress.clear();
    m_stale = false;
    if (runner) {
        connect(runner, &WorkflowRunner::stepStarted, this, &WorkflowStepModel::refreshRow);
        connect(runner, &WorkflowRunner::stepFinished, this, [this](int row) {
            m_progress.remove(row);
            refreshRow(row);
        });
        connect(runner, &WorkflowRunner::stepProgress, this, [this](int row, const QString &text) {
            m_progress.insert(row, text);
            refreshRow(row);
        });
    }
    endResetModel();
}

void WorkflowStepModel::refreshRow(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int WorkflowStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_runner ? 0 : m_runner->stepCount();
}

int WorkflowStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkflowStepModel::data(const QModelIndex &index, int role) const
{
    if (!m_runner || !index.isValid() || index.row() >= m_runner->stepCount())
        return {};
    const StepResult &r = m_runner->stepResult(index.row());
    if (role == StatusNameRole)
        return r.status == StepResult::Status::Pending && !m_runner->isRunning() ? QStringLiteral("not-run") : StepResult::statusName(r.status);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        switch (r.status) {
        // A step the run never reached is "not run", not still waiting.
        case StepResult::Status::Pending: return m_runner->isRunning() ? tr("waiting") : tr("not run");
        case StepResult::Status::Running: return tr("running…");
        case StepResult::Status::Passed: return tr("✔ passed");
        case StepResult::Status::Failed: return tr("✘ failed");
        case StepResult::Status::Skipped: return tr("– skipped");
        case StepResult::Status::Cancelled: return tr("cancelled");
        case StepResult::Status::Finished: return tr("✔ done");
        }
        return {};
    case TitleColumn:
        return QStringLiteral("%1. %2").arg(index.row() + 1).arg(m_runner->stepTitle(index.row()));
    case DurationColumn:
        return r.isDone() && r.status != StepResult::Status::Skipped ? tr("%L1 ms").arg(r.durationMs) : QVariant();
    case SummaryColumn:
        if (m_progress.contains(index.row()))
            return m_progress.value(index.row());
        return role == Qt::ToolTipRole && !r.hint.isEmpty() ? r.summary + QLatin1Char('\n') + r.hint : r.summary;
    }
    return {};
}

void WorkflowStepModel::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Qt::ItemFlags WorkflowStepModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return m_stale ? flags & ~Qt::ItemIsEnabled : flags;
}

QVariant WorkflowStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case TitleColumn: return tr("Step");
    case DurationColumn: return tr("Time");
    case SummaryColumn: return tr("Result");
    }
    return {};
}

} // namespace Integrations
