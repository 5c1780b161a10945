#include "partnerpage.h"
#include "style/statuscolours.h"

#include "config/workspace.h"
#include "handoffview.h"
#include "integrations/integrationtext.h"
#include "partnersettingsform.h"
#include "requirementsview.h"
#include "workflowpanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Integrations;

PartnerPage::PartnerPage(const PartnerDescription &partner, const PartnerPageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_partner(partner)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_requirements(new RequirementsView(partner, this))
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
    m_tabs->addTab(m_requirements, tr("Requirements"));
    m_tabs->addTab(settingsScroll, tr("Settings"));
    m_tabs->addTab(m_handoff, tr("Hand-off sheet"));
    m_tabs->addTab(m_workflows, tr("Workflows"));
    layout->addWidget(m_tabs, 1);

    connect(m_settings, &PartnerSettingsForm::configChanged, this, [this](const QJsonObject &config) {
        m_requirements->setConfig(config);
        m_handoff->setConfig(config);
        m_workflows->setConfig(config);
    });
}

void PartnerPage::setWorkspace(const Workspace &workspace)
{
    const QString endpoint = workspace.endpoint.toString();
    m_requirements->setEndpoint(endpoint);
    refreshConnection();
    m_handoff->setWorkspace(workspace.id, endpoint);
    m_workflows->setTarget(workspace.id, workspace.name, endpoint, workspace.builtInSandbox);
    m_settings->setWorkspace(workspace.id, workspace.builtInSandbox);
}

void PartnerPage::refreshConnection()
{
    m_requirements->setProbe(m_context.probe ? m_context.probe() : nullptr);
}
