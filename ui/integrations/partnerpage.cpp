#include "integrations/partnerpage.h"
#include "shell/taborder.h"
#include "style/statuscolours.h"

#include "braze/permissions/permissionprobe.h"
#include "config/workspace.h"
#include "config/workspacevalidator.h"
#include "integrations/handoffview.h"
#include "integrations/integrationtext.h"
#include "integrations/partnersettingsform.h"
#include "integrations/requirementsview.h"
#include "integrations/workflowpanel.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Integrations;
using namespace Config;

PartnerPage::PartnerPage(const PartnerDescription &partner, const PartnerPageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_partner(partner)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_requirements(new RequirementsView(this))
    , m_settings(new PartnerSettingsForm(partner, m_context, this))
    , m_handoff(new HandoffView(partner, context.secrets, this))
    , m_workflows(new WorkflowPanel(partner, m_context, this))
{
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(IntegrationText::text(partner.titleId).toHtmlEscaped()), this);
    auto *summary = new QLabel(IntegrationText::text(partner.summaryId), this);
    summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    QLabel *links = documentationLinks(partner);
    layout->addWidget(links);
    if (!partner.noticeId.isEmpty()) {
        auto *notice = new QLabel(QStringLiteral("ⓘ ") + IntegrationText::text(partner.noticeId), this);
        notice->setObjectName(QStringLiteral("notice"));
        notice->setWordWrap(true);
        StatusColours::apply(notice, StatusColours::Role::Warning, true);
        notice->setMargin(6);
        layout->addWidget(notice);
    }
    auto *settingsScroll = new QScrollArea(this);
    settingsScroll->setWidget(m_settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->tabBar()->setElideMode(Qt::ElideNone);   // titles never cut; the page makes room for them
    m_tabs->setUsesScrollButtons(false);
    m_tabs->addTab(m_requirements, tr("Requirements"));
    m_tabs->addTab(settingsScroll, tr("Settings"));
    m_tabs->addTab(m_handoff, tr("Hand-off sheet"));
    m_tabs->addTab(m_workflows, tr("Workflows"));
    layout->addWidget(m_tabs, 1);
    TabOrder::placeAfter(links, {m_tabs});   // the links above the tabs, made after their pages

    connect(m_settings, &PartnerSettingsForm::configChanged, this, [this](const QJsonObject &config) {
        m_handoff->setConfig(config);
        m_workflows->setConfig(config);
        refreshReadiness();
        emit settingsChanged();
    });
    connect(m_settings, &PartnerSettingsForm::secretsChanged, this, &PartnerPage::refreshReadiness);
    connect(m_settings, &PartnerSettingsForm::checksChanged, this, &PartnerPage::refreshReadiness);
    refreshReadiness();
}

QLabel *PartnerPage::documentationLinks(const PartnerDescription &partner)
{
    QStringList links;
    for (const DocumentationLink &link : partner.documentation)
        links.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(link.url.toHtmlEscaped(), IntegrationText::text(link.labelId).toHtmlEscaped()));
    const QString brazePage = partner.brazePageUrl(QLocale().name().left(2));
    if (!brazePage.isEmpty())
        links.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(brazePage.toHtmlEscaped(),
                     tr("Braze's page on %1").arg(IntegrationText::text(partner.titleId)).toHtmlEscaped()));
    auto *label = new QLabel(tr("Documentation: %1").arg(links.join(QStringLiteral(" · "))), this);
    label->setObjectName(QStringLiteral("documentationLinks"));
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setVisible(!links.isEmpty());
    return label;
}

void PartnerPage::showSettingsTab()
{
    m_tabs->setCurrentIndex(1);
}

void PartnerPage::showWorkflowsTab()
{
    m_tabs->setCurrentWidget(m_workflows);
}

void PartnerPage::refreshReadiness()
{
    ReadinessInputs inputs;
    inputs.config = m_settings->savedValues();
    inputs.checks = m_settings->checks();
    inputs.secretsSet = m_settings->secretsSet();
    inputs.endpoint = m_endpoint;
    inputs.endpointIsLocal = m_endpointIsLocal;
    if (!m_probe) {
        inputs.permissionsUnknownWhy = tr("Not known: no API key is set up for this workspace.");
    } else {
        for (const Braze::PermissionTableModel::Row &row : m_probe->model()->rows())
            inputs.permissions.insert(row.permission, row.state);
        inputs.permissionsCheckedAt = m_probe->model()->lastCheck();
        inputs.permissionsUnknownWhy = m_probe->isRunning() ? tr("Being checked…")
                                       : inputs.permissionsCheckedAt.isValid() ? tr("Braze's answer did not tell (offline, or no harmless call checks it).")
                                                                               : tr("Not checked yet: use “Check the key again”.");
    }
    const QList<Readiness::Item> items = Readiness::evaluate(m_partner, inputs);
    m_requirements->setItems(items);
    m_handoff->setReadiness(items);
    const Readiness::Overall overall = Readiness::overall(items);
    const QString text = Readiness::overallText(IntegrationText::text(m_partner.titleId), items);
    if (overall != m_overall || text != m_overallText) {
        m_overall = overall;
        m_overallText = text;
        emit readinessChanged();
    }
}

void PartnerPage::setWorkspace(const Workspace &workspace)
{
    const QString endpoint = workspace.endpoint.toString();
    m_endpoint = endpoint;
    m_endpointIsLocal = workspace.builtInSandbox || WorkspaceValidator::isLoopbackHost(workspace.endpoint.host());
    refreshConnection();
    m_handoff->setWorkspace(workspace.id, endpoint, m_endpointIsLocal);
    m_workflows->setTarget(workspace.id, workspace.name, endpoint, workspace.builtInSandbox);
    m_settings->setWorkspace(workspace.id, workspace.builtInSandbox);
}

void PartnerPage::refreshConnection()
{
    Braze::PermissionProbe *probe = m_context.probe ? m_context.probe() : nullptr;
    if (m_probe)
        m_probe->disconnect(this);
    m_probe = probe;
    if (probe) {
        connect(probe, &Braze::PermissionProbe::finished, this, &PartnerPage::refreshReadiness);
        connect(probe->model(), &QAbstractItemModel::dataChanged, this, &PartnerPage::refreshReadiness);
        connect(probe, &Braze::PermissionProbe::progressed, this, &PartnerPage::refreshReadiness);
    }
    m_requirements->setProbe(probe);
    refreshReadiness();
}
