#include "permissions/permissiontablewidget.h"

#include "braze/permissions/permissionprobe.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Braze;

PermissionTableWidget::PermissionTableWidget(PermissionProbe *probe, QWidget *parent)
    : QWidget(parent)
    , m_probe(probe)
    , m_table(new QTableView(this))
    , m_checkAgain(new QPushButton(tr("Check again"), this))
    , m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("permissionTable"));
    m_checkAgain->setObjectName(QStringLiteral("checkAgain"));
    m_table->setModel(probe->model());
    m_table->verticalHeader()->hide();
    // Permission names and states are short and must be read whole; the partners column takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_status->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_checkAgain->setToolTip(tr("Asks Braze again with calls that change nothing in your workspace."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_checkAgain);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);

    connect(m_checkAgain, &QPushButton::clicked, m_probe, &PermissionProbe::start);
    connect(m_probe, &PermissionProbe::progressed, this, &PermissionTableWidget::updateStatus);
    connect(m_probe, &PermissionProbe::finished, this, &PermissionTableWidget::updateStatus);
    updateStatus();
}

void PermissionTableWidget::updateStatus()
{
    m_checkAgain->setEnabled(!m_probe->isRunning());
    if (m_probe->isRunning())
        m_status->setText(tr("Checking the API key's permissions…"));
    else if (m_probe->model()->lastCheck().isValid())
        m_status->setText(tr("Last checked %1. Hover over a row to see how.").arg(QLocale().toString(m_probe->model()->lastCheck().toLocalTime(), QLocale::ShortFormat)));
    else
        m_status->setText(tr("Not checked yet."));
}
