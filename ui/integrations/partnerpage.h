#pragma once

#include "integrations/partnerdescription.h"
#include "partnerpagecontext.h"

#include <QWidget>

class HandoffView;
class PartnerSettingsForm;
class QTabWidget;
class RequirementsView;
class WorkflowPanel;
struct Workspace;

// One partner's page, built entirely from its description: the requirements checklist, the
// settings, the hand-off sheet and the workflows. The same class serves every partner.
class PartnerPage : public QWidget
{
    Q_OBJECT

public:
    PartnerPage(const Integrations::PartnerDescription &partner, const PartnerPageContext &context, QWidget *parent = nullptr);

    const Integrations::PartnerDescription &partner() const { return m_partner; }
public slots:
    // Shows the workspace's settings and runs its workflows against it.
    void setWorkspace(const Workspace &workspace);
    // The workspace's connection changed (key entered, sandbox started): check with the new one.
    void refreshConnection();

public:

    RequirementsView *requirements() const { return m_requirements; }
    PartnerSettingsForm *settings() const { return m_settings; }
    HandoffView *handoff() const { return m_handoff; }
    WorkflowPanel *workflows() const { return m_workflows; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    Integrations::PartnerDescription m_partner;
    PartnerPageContext m_context;
    QTabWidget *m_tabs;
    RequirementsView *m_requirements;
    PartnerSettingsForm *m_settings;
    HandoffView *m_handoff;
    WorkflowPanel *m_workflows;
};
