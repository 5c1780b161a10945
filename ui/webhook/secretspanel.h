#pragma once

#include "webhook/secretreference.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class SecretStore;

// The partner secrets a template refers to ([[secret:quikly/authorization]]): one masked field
// each. Values go to the keychain under "partner/<workspace id>/<name>" and are held in memory
// for sends; they never enter the template.
class SecretsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SecretsPanel(QWidget *parent = nullptr);

    void setStore(SecretStore *store, const QString &workspaceId);
    void setNames(const QStringList &names);
    const Webhook::SecretValues &values() const { return m_values; }
    // Stores a value (as the field's Save does).
    void setValue(const QString &name, const QString &value);

signals:
    void valuesChanged();

private:
    void rebuild();
    // A secret changed in the keychain (saved here or on a partner's Settings tab): read it again.
    void reread(const QString &keychainName);

    QPointer<SecretStore> m_store;
    QString m_workspaceId;
    QStringList m_names;
    Webhook::SecretValues m_values;
    QFormLayout *m_form;
    QLabel *m_hint;
};
