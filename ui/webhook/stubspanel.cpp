#include "webhook/stubspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { UrlColumn, StatusColumn, BodyColumn };
}

StubsPanel::StubsPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("&Add stub"), this))
    , m_remove(new QPushButton(tr("Remo&ve stub"), this))
{
    auto *intro = new QLabel(tr("connected_content calls to these URLs get this answer in the preview instead of going to the "
                                "network, so it works offline and can rehearse failures (status 500 with :retry). A URL ending "
                                "in * answers every URL that starts with it. Stubs are saved with the template."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("stubsTable"));
    m_table->setAccessibleName(tr("Connected content stubs"));
    m_table->setHorizontalHeaderLabels({tr("URL"), tr("Status"), tr("Body")});
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BodyColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_add->setObjectName(QStringLiteral("addStub"));
    m_remove->setObjectName(QStringLiteral("removeStub"));
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        QList<Webhook::ConnectedContentStub> list = stubs();
        list.append({QStringLiteral("https://"), 200, {}, QStringLiteral("{}")});
        emit stubsEdited(list);
        m_table->setCurrentCell(m_table->rowCount() - 1, UrlColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, UrlColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        QList<Webhook::ConnectedContentStub> list = stubs();
        if (row < 0 || row >= list.size())
            return;
        list.removeAt(row);
        emit stubsEdited(list);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit stubsEdited(stubs());
    });
}

void StubsPanel::addRow(const Webhook::ConnectedContentStub &stub)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, UrlColumn, new QTableWidgetItem(stub.url));
    auto *status = new QTableWidgetItem;
    status->setData(Qt::EditRole, stub.status);
    m_table->setItem(row, StatusColumn, status);
    m_table->setItem(row, BodyColumn, new QTableWidgetItem(stub.body));
}

void StubsPanel::setStubs(const QList<Webhook::ConnectedContentStub> &list)
{
    if (list == stubs())
        return;
    m_updating = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    for (const Webhook::ConnectedContentStub &stub : list)
        addRow(stub);
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, m_table->currentColumn() < 0 ? 0 : m_table->currentColumn());
    m_remove->setEnabled(m_table->currentRow() >= 0);
    m_updating = false;
}

QList<Webhook::ConnectedContentStub> StubsPanel::stubs() const
{
    QList<Webhook::ConnectedContentStub> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Webhook::ConnectedContentStub stub;
        stub.url = m_table->item(row, UrlColumn) ? m_table->item(row, UrlColumn)->text().trimmed() : QString();
        stub.status = m_table->item(row, StatusColumn) ? qBound(100, m_table->item(row, StatusColumn)->data(Qt::EditRole).toInt(), 599) : 200;
        stub.body = m_table->item(row, BodyColumn) ? m_table->item(row, BodyColumn)->text() : QString();
        list.append(stub);
    }
    return list;
}
