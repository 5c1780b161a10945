#pragma once

#include "integrations/partnerdescription.h"
#include "integrations/readiness.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QPlainTextEdit;
namespace Config { class SecretStore; }

// The hand-off sheet: what the marketer sends the partner (endpoint, key, IDs), ready to copy.
// The API key stays out unless "Include the API key" is ticked; it is then read from the keychain.
class HandoffView : public QWidget
{
    Q_OBJECT

public:
    HandoffView(const Integrations::PartnerDescription &partner, Config::SecretStore *secrets, QWidget *parent = nullptr);

    // endpointIsLocal: the built-in sandbox or another address on this computer; the sheet then
    // refuses to be copied and says what to do instead.
    void setWorkspace(const QString &workspaceId, const QString &endpoint, bool endpointIsLocal);
    void setConfig(const QJsonObject &config);
    // The settings' states: values not verified or refused by Braze are marked on the sheet.
    void setReadiness(const QList<Integrations::Readiness::Item> &items);
    bool canCopy() const;
    QString text() const;

public slots:
    void copyToClipboard();

private:
    void refresh();

    Integrations::PartnerDescription m_partner;
    Config::SecretStore *m_secrets;
    QString m_workspaceId;
    QString m_endpoint;
    bool m_endpointIsLocal = false;
    QString m_apiKey;
    QJsonObject m_config;
    QList<Integrations::Readiness::Item> m_states;
    bool m_anyRefused = false;
    QCheckBox *m_includeKey;
    QPlainTextEdit *m_sheet;
    class QLabel *m_warning;
    class QPushButton *m_copy;
};
