#include "composer/querytable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

QueryTable::QueryTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add parameter"), this))
    , m_remove(new QPushButton(tr("Remove parameter"), this))
{
    m_table->setObjectName(QStringLiteral("queryTable"));
    m_table->setAccessibleName(tr("Query parameters"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_add->setObjectName(QStringLiteral("addQueryParameter"));
    m_remove->setObjectName(QStringLiteral("removeQueryParameter"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        emit changed();
    });
    connect(m_table, &QTableWidget::cellChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
}

QList<QPair<QString, QString>> QueryTable::rows() const
{
    QList<QPair<QString, QString>> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        rows.append({key ? key->text() : QString(), value ? value->text() : QString()});
    }
    return rows;
}

void QueryTable::setRows(const QList<QPair<QString, QString>> &rows)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const auto &[key, value] : rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_loading = false;
}
