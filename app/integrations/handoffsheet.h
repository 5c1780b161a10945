#pragma once

#include "partnerdescription.h"

#include <QCoreApplication>
#include <QHash>
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
    // cannot reach; the sheet then hands out no endpoint. notes: per setting (field id), what
    // Braze said about it when it is not verified ("not checked in Braze yet", "Braze refused it").
    HandoffSheet(const PartnerDescription &partner, const QJsonObject &config, const QString &endpoint, const QString &apiKey,
                 bool endpointIsLocal = false, const QHash<QString, QString> &notes = {});

    QList<Row> rows(bool revealSecrets) const;
    // "Label: value" lines for the clipboard or an e-mail.
    QString text(bool revealSecrets) const;

private:
    QString valueOf(const HandoffItem &item, bool revealSecrets) const;

    PartnerDescription m_partner;
    QJsonObject m_config;
    QString m_endpoint;
    QString m_apiKey;
    bool m_endpointIsLocal = false;
    QHash<QString, QString> m_notes;
};

} // namespace Integrations
