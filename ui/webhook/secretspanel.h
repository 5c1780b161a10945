#pragma once

#include "webhook/secretreference.h"
#include "webhook/settingreference.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
namespace Config { class SecretStore; }

// The partner values a template refers to. Secrets ([[secret:quikly/authorization]]): one masked
// field each; values go to the keychain under "partner/<workspace id>/<name>" and are held in
// memory for sends; they never enter the template. Settings ([[setting:quikly/q_scope]]): the value
// saved on the partner's Settings tab, shown read-only, since it is changed there and only there.
class SecretsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SecretsPanel(QWidget *parent = nullptr);

    void setStore(Config::SecretStore *store, const QString &workspaceId);
    void setNames(const QStringList &names);
    // The partner settings the template refers to and the saved values (a name without one: not saved).
    void setSettings(const QStringList &names, const Webhook::SettingReference::Values &values);
    const Webhook::SecretValues &values() const { return m_values; }
    // Stores a value (as the field's Save does).
    void setValue(const QString &name, const QString &value);

signals:
    void valuesChanged();

private:
    void rebuild();
    // A secret changed in the keychain (saved here or on a partner's Settings tab): read it again.
    void reread(const QString &keychainName);

    QPointer<Config::SecretStore> m_store;
    QString m_workspaceId;
    QStringList m_names;
    QStringList m_settingNames;
    Webhook::SecretValues m_values;
    QFormLayout *m_form;
    QFormLayout *m_settingsForm;
    QLabel *m_hint;
    QLabel *m_secretsTitle;
    QLabel *m_settingsTitle;
    void showTitles();
};
