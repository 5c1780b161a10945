#include "requirementsview.h"

#include "braze/permissions/permissionprobe.h"
#include "integrations/fieldvalidator.h"
#include "integrations/integrationtext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Integrations;

namespace {
constexpr int PermissionRole = Qt::UserRole + 1;
}

RequirementsView::RequirementsView(const PartnerDescription &partner, QWidget *parent)
    : QWidget(parent)
    , m_partner(partner)
    , m_list(new QTreeWidget(this))
    , m_checkedAt(new QLabel(this))
    , m_recheck(new QPushButton(tr("Check the key again"), this))
{
    m_list->setObjectName(QStringLiteral("requirements"));
    m_list->setHeaderLabels({tr("Requirement"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_recheck->setObjectName(QStringLiteral("recheck"));
    m_recheck->setToolTip(tr("Sends harmless requests that change nothing in Braze to find out what the key may do."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkedAt, 1);
    buttons->addWidget(m_recheck);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(m_recheck, &QPushButton::clicked, this, &RequirementsView::recheck);
    refresh();
}

void RequirementsView::setProbe(Braze::PermissionProbe *probe)
{
    if (m_probe)
        m_probe->disconnect(this);
    m_probe = probe;
    if (probe) {
        connect(probe, &Braze::PermissionProbe::finished, this, &RequirementsView::refresh);
        connect(probe->model(), &QAbstractItemModel::dataChanged, this, &RequirementsView::refresh);
    }
    refresh();
}

void RequirementsView::setEndpoint(const QString &endpoint)
{
    m_endpoint = endpoint;
    refresh();
}

void RequirementsView::setConfig(const QJsonObject &config)
{
    m_config = config;
    refresh();
}

void RequirementsView::recheck()
{
    if (m_probe && !m_probe->isRunning()) {
        m_probe->start();
        m_checkedAt->setText(tr("Checking…"));
    }
}

QString RequirementsView::stateOf(const QString &permission) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, PermissionRole).toString() == permission)
            return m_list->topLevelItem(i)->data(1, PermissionRole).toString();
    }
    return {};
}

void RequirementsView::refresh()
{
    m_list->clear();
    const auto add = [this](const QString &text, const QString &state, const QString &stateName, const QString &tip = {}, const QString &permission = {}) {
        auto *item = new QTreeWidgetItem(m_list, {text, state});
        item->setData(0, PermissionRole, permission);
        item->setData(1, PermissionRole, stateName);
        item->setToolTip(0, tip.isEmpty() ? text : tip);
        item->setToolTip(1, tip);
    };
    for (const Requirement &r : m_partner.requirements) {
        switch (r.kind) {
        case Requirement::Kind::Account:
            add(IntegrationText::text(r.textId), tr("your part"), QStringLiteral("manual"));
            break;
        case Requirement::Kind::Endpoint:
            add(IntegrationText::text(r.textId), m_endpoint.isEmpty() ? tr("✘ not set") : QStringLiteral("✔ ") + m_endpoint,
                m_endpoint.isEmpty() ? QStringLiteral("missing") : QStringLiteral("granted"));
            break;
        case Requirement::Kind::Field: {
            const FieldSpec *field = m_partner.field(r.field);
            const bool filled = field && (field->isSecret() || (!m_config.value(r.field).toVariant().toString().isEmpty()
                                                                 || !m_config.value(r.field).toArray().isEmpty()))
                                && FieldValidator::check(*field, m_config.value(r.field)).isFine();
            add(IntegrationText::text(r.textId), filled ? tr("✔ set") : (r.optional ? tr("optional") : tr("✘ not set yet")),
                filled ? QStringLiteral("granted") : QStringLiteral("missing"));
            break;
        }
        case Requirement::Kind::Permission: {
            const Braze::PermissionState state = m_probe ? m_probe->model()->state(r.permission) : Braze::PermissionState::Unknown;
            const QString symbol = state == Braze::PermissionState::Granted ? QStringLiteral("✔ ")
                                   : state == Braze::PermissionState::Missing ? QStringLiteral("✘ ") : QStringLiteral("? ");
            const QString name = state == Braze::PermissionState::Granted ? QStringLiteral("granted")
                                 : state == Braze::PermissionState::Missing ? QStringLiteral("missing") : QStringLiteral("unknown");
            add(tr("API key permission %1").arg(r.permission), symbol + Braze::PermissionTableModel::stateText(state), name,
                r.noteId.isEmpty() ? QString() : IntegrationText::text(r.noteId), r.permission);
            break;
        }
        }
    }
    m_list->resizeColumnToContents(1);
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
