#pragma once

#include "integrations/partnerdescription.h"
#include "integrations/readiness.h"
#include "integrations/partnerpagecontext.h"

#include <QPointer>

#include <QWidget>

class HandoffView;
class QLabel;
class PartnerSettingsForm;
class QTabWidget;
class RequirementsView;
class WorkflowPanel;
namespace Config { struct Workspace; }

// One partner's page, built entirely from its description: the requirements checklist, the
// settings, the hand-off sheet and the workflows. The same class serves every partner.
class PartnerPage : public QWidget
{
    Q_OBJECT

public:
    PartnerPage(const Integrations::PartnerDescription &partner, const PartnerPageContext &context, QWidget *parent = nullptr);

    const Integrations::PartnerDescription &partner() const { return m_partner; }
    // Ready, needs attention or unknown, with what, for the sidebar's icon and tooltip.
    Integrations::Readiness::Overall readiness() const { return m_overall; }
    QString readinessText() const { return m_overallText; }

signals:
    void readinessChanged();
    // The partner's saved settings changed (saved here, or read for another workspace).
    void settingsChanged();

public slots:
    // Shows the workspace's settings and runs its workflows against it.
    void setWorkspace(const Config::Workspace &workspace);
    // The workspace's connection changed (key entered, sandbox started): check with the new one.
    void refreshConnection();

public:

    RequirementsView *requirements() const { return m_requirements; }
    PartnerSettingsForm *settings() const { return m_settings; }
    HandoffView *handoff() const { return m_handoff; }
    WorkflowPanel *workflows() const { return m_workflows; }
    QTabWidget *tabs() const { return m_tabs; }
    // Bring a tab to the front (Start here's buttons).
    void showSettingsTab();
    void showWorkflowsTab();

private:
    // Gathers what is known (settings, Braze's checks, secrets, endpoint, permissions) and shows
    // the same states on the Requirements tab, the hand-off sheet and the sidebar.
    void refreshReadiness();
    QLabel *documentationLinks(const Integrations::PartnerDescription &partner);

    Integrations::PartnerDescription m_partner;
    QPointer<Braze::PermissionProbe> m_probe;
    QString m_endpoint;
    bool m_endpointIsLocal = false;
    Integrations::Readiness::Overall m_overall = Integrations::Readiness::Overall::Unknown;
    QString m_overallText;
    PartnerPageContext m_context;
    QTabWidget *m_tabs;
    RequirementsView *m_requirements;
    PartnerSettingsForm *m_settings;
    HandoffView *m_handoff;
    WorkflowPanel *m_workflows;
};
