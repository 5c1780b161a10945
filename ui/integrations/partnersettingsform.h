#pragma once

#include "integrations/partnerdescription.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QHBoxLayout;
class FieldMessage;
class QLabel;
class QPushButton;
class TableFieldEditor;
struct PartnerPageContext;

// The partner's configuration fields, generated from its description and checked inline.
// Saved per workspace: IDs and tables in the workspace's settings file, secrets in the keychain.
class PartnerSettingsForm : public QWidget
{
    Q_OBJECT

public:
    PartnerSettingsForm(const Integrations::PartnerDescription &partner, const PartnerPageContext &context, QWidget *parent = nullptr);

    // In the built-in sandbox, a partner never configured starts with the sandbox's demo IDs.
    void setWorkspace(const QString &workspaceId, bool sandbox);
    // The values in the editors (secrets left out), derived columns filled in.
    QJsonObject values() const;
    // The last saved (or loaded) values: what workflows run with.
    QJsonObject savedValues() const { return m_saved; }
    bool hasProblems() const;
    // The secret fields that have a value in the keychain.
    QSet<QString> secretsSet() const;
    // Braze's answers to "Check in Braze" for this workspace (PartnerConfigStore::checks()).
    QJsonObject checks() const { return m_checks; }
    QWidget *editor(const QString &fieldId) const { return m_editors.value(fieldId); }
    QString problemText(const QString &fieldId) const;
    // Values typed on another build of this form (before a change of language), not saved yet.
    void continueEditing(const QJsonObject &typed);

public slots:
    bool save();
    void fillWithSandboxValues();
    void revert();

signals:
    // The saved configuration changed (loaded for another workspace, or saved).
    void configChanged(const QJsonObject &values);
    // Which secrets are set changed (entered here, in the webhook builder, or read at start).
    void secretsChanged();
    // Braze answered a "Check in Braze": the checks() changed.
    void checksChanged();

private:
    // A subscription group ID with a button that asks Braze whether the group exists.
    QHBoxLayout *withGroupCheck(const Integrations::FieldSpec &field, QWidget *editor);
    void setValues(const QJsonObject &values);
    void revalidate();
    void readSecret(const QString &fieldId);
    // The subscription-group fields show what Braze said about the value they hold now.
    void showCheckVerdicts();
    // Fields whose value Braze refused when checked: "Label: Braze's answer" lines.
    QStringList refusedByBraze(const QJsonObject &values) const;

    Integrations::PartnerDescription m_partner;
    const PartnerPageContext &m_context;
    QString m_workspaceId;
    QJsonObject m_saved;
    QJsonObject m_checks;
    QHash<QString, QString> m_savedSecrets;   // field id -> value in the keychain
    QHash<QString, QLabel *> m_checkVerdicts;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, FieldMessage *> m_problems;
    QLabel *m_status;
    QPushButton *m_save;
    bool m_loading = false;
};
