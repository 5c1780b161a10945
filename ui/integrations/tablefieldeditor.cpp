#include "integrations/tablefieldeditor.h"
#include "style/statuscolours.h"

#include "integrations/liveeditdelegate.h"

#include "integrations/fieldvalidator.h"
#include "integrations/integrationtext.h"
#include "integrations/placeholders.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Integrations;

TableFieldEditor::TableFieldEditor(const FieldSpec &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_table(new QTableWidget(0, int(field.columns.size()), this))
{
    m_table->setObjectName(field.id);
    QStringList headers;
    for (const ColumnSpec &c : field.columns)
        headers.append(IntegrationText::text(c.labelId));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setItemDelegate(new LiveEditDelegate(m_table));
    m_table->setMinimumHeight(120);

    auto *add = new QPushButton(tr("Add row"), this);
    auto *remove = new QPushButton(tr("Remove row"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    if (!field.exampleRows.isEmpty()) {
        auto *examples = new QPushButton(tr("Add the partner's examples"), this);
        examples->setObjectName(field.id + QStringLiteral("Examples"));
        buttons->addWidget(examples);
        connect(examples, &QPushButton::clicked, this, [this] {
            for (const QJsonObject &row : m_field.exampleRows)
                addRow(row);
            revalidate();
            emit edited();
        });
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        revalidate();
        emit edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
        if (row >= 0) {
            m_table->removeRow(row);
            revalidate();
            emit edited();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        revalidate();
        emit edited();
    });
}

void TableFieldEditor::addRow(const QJsonObject &row)
{
    m_updating = true;
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    for (int c = 0; c < m_field.columns.size(); ++c) {
        const ColumnSpec &column = m_field.columns.at(c);
        QString value = Placeholders::toText(row.value(column.id));
        if (value.isEmpty())
            value = column.defaultValue;
        if (column.type == QLatin1String("choice")) {
            auto *combo = new QComboBox(m_table);
            combo->addItems(column.choices);
            combo->setCurrentText(value.isEmpty() ? column.choices.value(0) : value);
            connect(combo, &QComboBox::currentTextChanged, this, [this] {
                revalidate();
                emit edited();
            });
            m_table->setCellWidget(r, c, combo);
        }
        auto *item = new QTableWidgetItem(value);
        if (column.type == QLatin1String("derived"))
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(r, c, item);
    }
    m_updating = false;
}

QJsonArray TableFieldEditor::rows() const
{
    QJsonArray result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QJsonObject row;
        for (int c = 0; c < m_field.columns.size(); ++c) {
            const ColumnSpec &column = m_field.columns.at(c);
            if (column.type == QLatin1String("derived"))
                continue;
            const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, c));
            row.insert(column.id, combo ? combo->currentText() : (m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString()));
        }
        result.append(row);
    }
    return FieldValidator::withDerivedColumns(m_field, result, m_context);
}

void TableFieldEditor::setRows(const QJsonArray &rows)
{
    m_table->setRowCount(0);
    for (const QJsonValue &row : rows)
        addRow(row.toObject());
    revalidate();
}

void TableFieldEditor::setContext(const QJsonObject &values)
{
    m_context = values;
    revalidate();
}

void TableFieldEditor::revalidate()
{
    const QJsonArray current = rows();
    m_updating = true;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_field.columns.size(); ++c) {
            QTableWidgetItem *item = m_table->item(r, c);
            if (!item)
                continue;
            if (m_field.columns.at(c).type == QLatin1String("derived"))
                item->setText(current.at(r).toObject().value(m_field.columns.at(c).id).toString());
            item->setBackground(QBrush());
            item->setToolTip(QString());
        }
    }
    const QList<CellIssue> issues = FieldValidator::tableIssues(m_field, current);
    for (const CellIssue &issue : issues) {
        for (int c = 0; c < m_field.columns.size(); ++c) {
            if (m_field.columns.at(c).id == issue.column && m_table->item(issue.row, c)) {
                m_table->item(issue.row, c)->setBackground(StatusColours::background(StatusColours::Role::Error, m_table->palette()));
                m_table->item(issue.row, c)->setToolTip(issue.message);
            }
        }
    }
    m_updating = false;
    m_problem = issues.isEmpty() ? QString() : tr("Row %1: %2").arg(issues.first().row + 1).arg(issues.first().message);
}
