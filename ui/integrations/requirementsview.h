#pragma once

#include "integrations/partnerdescription.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Braze {
class PermissionProbe;
}

// The partner's requirements as a checklist: each permission ticked, crossed or "unknown" from
// the permission probe, the endpoint and the required settings from the saved configuration,
// with a button to check the key again.
class RequirementsView : public QWidget
{
    Q_OBJECT

public:
    explicit RequirementsView(const Integrations::PartnerDescription &partner, QWidget *parent = nullptr);

    void setProbe(Braze::PermissionProbe *probe);
    void setEndpoint(const QString &endpoint);
    void setConfig(const QJsonObject &config);
    // The text in the state column of the row, for tests: "granted", "missing", "unknown", ...
    QString stateOf(const QString &permission) const;

public slots:
    void recheck();
    void refresh();

private:
    Integrations::PartnerDescription m_partner;
    QPointer<Braze::PermissionProbe> m_probe;
    QString m_endpoint;
    QJsonObject m_config;
    QTreeWidget *m_list;
    QLabel *m_checkedAt;
    QPushButton *m_recheck;
};
