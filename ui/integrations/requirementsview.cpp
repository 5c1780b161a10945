#include "integrations/requirementsview.h"
#include "integrations/remainingheight.h"

#include "braze/permissions/permissionprobe.h"
#include "integrations/wrappingitemdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Integrations;

RequirementsView::RequirementsView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_checkedAt(new QLabel(this))
    , m_recheck(new QPushButton(tr("Check the key again"), this))
{
    m_list->setObjectName(QStringLiteral("requirements"));
    m_list->setAccessibleName(tr("Requirements"));
    m_list->setHeaderLabels({tr("Requirement"), tr("State"), tr("Why")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    // Rows are measured at the columns' real widths, and again when a column changes width, or
    // long requirements and reasons are cut off with "…".
    m_list->setItemDelegate(new WrappingItemDelegate(m_list->header(), m_list));
    m_list->setTextElideMode(Qt::ElideNone);
    connect(m_list->header(), &QHeaderView::sectionResized, m_list, [this] { m_list->doItemsLayout(); });
    m_recheck->setObjectName(QStringLiteral("recheck"));
    m_recheck->setToolTip(tr("Sends harmless requests that change nothing in Braze to find out what the key may do."));
    m_checkedAt->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkedAt, 1);
    buttons->addWidget(m_recheck);
    RemainingHeight::take(m_list, 6);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(m_recheck, &QPushButton::clicked, this, &RequirementsView::recheck);
    showProbeState();
}

void RequirementsView::setProbe(Braze::PermissionProbe *probe)
{
    if (m_probe)
        m_probe->disconnect(this);
    m_probe = probe;
    if (probe) {
        connect(probe, &Braze::PermissionProbe::finished, this, &RequirementsView::showProbeState);
        connect(probe->model(), &QAbstractItemModel::dataChanged, this, &RequirementsView::showProbeState);
    }
    showProbeState();
}

void RequirementsView::recheck()
{
    if (m_probe && !m_probe->isRunning()) {
        m_probe->start();
        showProbeState();
    }
}

void RequirementsView::setItems(const QList<Readiness::Item> &items)
{
    m_items = items;
    m_list->clear();
    for (const Readiness::Item &item : items) {
        // The partner's remark belongs to the requirement, on a line of its own below it.
        const QString requirement = item.note.isEmpty() ? item.text : QStringList{item.text, item.note}.join(QLatin1Char('\n'));
        auto *row = new QTreeWidgetItem(m_list, {requirement, Readiness::stateText(item), item.why});
        row->setToolTip(0, requirement);
        row->setToolTip(1, item.why);
        row->setToolTip(2, item.why);
    }
}

QString RequirementsView::stateOf(const QString &permission) const
{
    for (const Readiness::Item &item : m_items) {
        if (item.permission == permission)
            return Readiness::stateName(item.state);
    }
    return {};
}

QString RequirementsView::stateOfField(const QString &fieldId) const
{
    for (const Readiness::Item &item : m_items) {
        if (item.fieldId == fieldId)
            return Readiness::stateName(item.state);
    }
    return {};
}

void RequirementsView::showProbeState()
{
    m_recheck->setEnabled(m_probe && !m_probe->isRunning());
    if (!m_probe)
        m_checkedAt->setText(tr("The permissions cannot be checked: no API key is set up for this workspace."));
    else if (m_probe->isRunning())
        m_checkedAt->setText(tr("Checking…"));
    else if (m_probe->model()->lastCheck().isValid())
        m_checkedAt->setText(tr("Last checked %1.").arg(QLocale().toString(m_probe->model()->lastCheck().toLocalTime(), QLocale::ShortFormat)));
    else
        m_checkedAt->setText(tr("Not checked yet."));
}
