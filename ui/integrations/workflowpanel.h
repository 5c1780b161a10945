#pragma once

#include "integrations/partnerdescription.h"
#include "integrations/runenvironment.h"
#include "integrations/workflowrunner.h"
#include "users/savedtestuser.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
struct PartnerPageContext;

namespace Integrations {
class WorkflowStepModel;
}

// Rehearses the partner's workflows: pick one, adjust its parameters (checked as typed), run
// it against the active workspace (the sandbox by default) and follow each step with its
// status, time, request and response; cancel at any moment; read the final verdict.
class WorkflowPanel : public QWidget
{
    Q_OBJECT

public:
    WorkflowPanel(const Integrations::PartnerDescription &partner, const PartnerPageContext &context, QWidget *parent = nullptr);

    void setTarget(const QString &workspaceId, const QString &workspaceName, const QString &endpoint, bool sandbox);
    void setConfig(const QJsonObject &config);
    void selectWorkflow(const QString &workflowId);
    QLineEdit *parameterEditor(const QString &name) const { return m_params.value(name); }
    Integrations::WorkflowRunner *runner() const { return m_runner; }

public slots:
    void run();
    void cancel();

signals:
    void runFinished();

private:
    void rebuildParameters();
    void refreshSavedUsers();
    // Fills the parameters that name a user (e-mail, phone, external or Braze ID) from a saved test user.
    void useSavedUser(int index);
    void showDetails();
    void updateButtons();
    // The shown results belong to the run that made them: another workflow clears them, an
    // edited input marks them as from an earlier run.
    void clearResults();
    void markResultsStale();
    void rememberParameters();
    const Integrations::WorkflowSpec *currentWorkflow() const;

    Integrations::PartnerDescription m_partner;
    const PartnerPageContext &m_context;
    QJsonObject m_config;
    QString m_workspaceId;
    QString m_endpoint;
    bool m_sandbox = true;
    QComboBox *m_choice;
    QComboBox *m_savedUsers;
    QList<Users::SavedTestUser> m_savedUserList;
    QLabel *m_description;
    QFormLayout *m_form;
    QHash<QString, QLineEdit *> m_params;
    QLabel *m_target;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QTableView *m_steps;
    QPlainTextEdit *m_details;
    QPushButton *m_showInLog;
    QLabel *m_verdict;
    Integrations::WorkflowStepModel *m_model;
    QString m_verdictText;    // the last run's verdict, as shown before it went stale
    QPointer<Integrations::WorkflowRunner> m_runner;
};
