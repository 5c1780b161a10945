#pragma once

#include "integrations/partnerdescription.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QTableWidget;

// Edits one table field of a partner (SmarterSends groups, ActionIQ audiences, Outgrow mapping):
// rows can be added, removed and filled with the seed's examples; derived columns are computed
// and read-only; every cell is checked as it is typed, bad cells are marked with the reason.
class TableFieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TableFieldEditor(const Integrations::FieldSpec &field, QWidget *parent = nullptr);

    QJsonArray rows() const;
    void setRows(const QJsonArray &rows);
    // The other fields' values, for derived columns (the ActionIQ naming pattern).
    void setContext(const QJsonObject &values);
    QTableWidget *table() const { return m_table; }
    // The first problem in words, or empty.
    QString problem() const { return m_problem; }

signals:
    void edited();

private:
    void addRow(const QJsonObject &row);
    void revalidate();

    Integrations::FieldSpec m_field;
    QJsonObject m_context;
    QTableWidget *m_table;
    QString m_problem;
    bool m_updating = false;
};
