#pragma once

#include "integrations/partnerdescription.h"
#include "integrations/readiness.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Integrations {

// What the marketer sends the partner: the REST endpoint, the key and the IDs, as the
// description's "handoff" list names them. The key is left out unless explicitly asked for.
class HandoffSheet
{
    Q_DECLARE_TR_FUNCTIONS(HandoffSheet)

public:
    struct Row
    {
        QString label;
        QString value;
        bool secret = false;
        bool missing = false; // nothing configured yet
    };

    // endpointIsLocal: the built-in sandbox or another address on this computer, which a partner
    // cannot reach; the sheet then hands out no endpoint. states: the Requirements tab's states; a
    // setting Braze refused or that was not checked yet says so beside its value, in one sentence.
    HandoffSheet(const PartnerDescription &partner, const QJsonObject &config, const QString &endpoint, const QString &apiKey,
                 bool endpointIsLocal = false, const QList<Readiness::Item> &states = {});

    QList<Row> rows(bool revealSecrets) const;
    // "Label: value" lines for the clipboard or an e-mail.
    QString text(bool revealSecrets) const;

private:
    QString valueOf(const HandoffItem &item, bool revealSecrets) const;
    QString withState(const QString &value, const QString &fieldId) const;

    PartnerDescription m_partner;
    QJsonObject m_config;
    QString m_endpoint;
    QString m_apiKey;
    bool m_endpointIsLocal = false;
    QList<Readiness::Item> m_states;
};

} // namespace Integrations
