#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace Integrations {

class WorkflowRunner;

// The steps of a workflow run as a table: status, title, time and what happened. Follows the
// runner live (progress lines replace the summary while a step runs).
class WorkflowStepModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, TitleColumn, DurationColumn, SummaryColumn, ColumnCount };
    enum Role { StatusNameRole = Qt::UserRole + 1 };

    explicit WorkflowStepModel(QObject *parent = nullptr);

    void setRunner(WorkflowRunner *runner);
    WorkflowRunner *runner() const { return m_runner; }
    // The results are from an earlier run (the inputs changed since): the rows are shown disabled.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refreshRow(int row);

    QPointer<WorkflowRunner> m_runner;
    QHash<int, QString> m_progress;
    bool m_stale = false;
};

} // namespace Integrations
