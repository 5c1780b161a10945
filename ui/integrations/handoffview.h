#pragma once

#include "integrations/partnerdescription.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QPlainTextEdit;
class SecretStore;

// The hand-off sheet: what the marketer sends the partner (endpoint, key, IDs), ready to copy.
// The API key stays out unless "Include the API key" is ticked; it is then read from the keychain.
class HandoffView : public QWidget
{
    Q_OBJECT

public:
    HandoffView(const Integrations::PartnerDescription &partner, SecretStore *secrets, QWidget *parent = nullptr);

    void setWorkspace(const QString &workspaceId, const QString &endpoint);
    void setConfig(const QJsonObject &config);
    QString text() const;

public slots:
    void copyToClipboard();

private:
    void refresh();

    Integrations::PartnerDescription m_partner;
    SecretStore *m_secrets;
    QString m_workspaceId;
    QString m_endpoint;
    QString m_apiKey;
    QJsonObject m_config;
    QCheckBox *m_includeKey;
    QPlainTextEdit *m_sheet;
};
