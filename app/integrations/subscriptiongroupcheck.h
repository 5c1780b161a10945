#pragma once

#include "config/fieldcheck.h"

#include <QObject>
#include <QPointer>

namespace Braze {
class BrazeClient;
class RequestHandle;
}

namespace Integrations {

// Asks Braze whether a subscription group ID exists in the workspace and is of the expected
// channel, with a harmless read (/subscription/status/get for a number or address nobody has).
// When the key may not read subscription states the answer is "cannot check", not "wrong".
class SubscriptionGroupCheck : public QObject
{
    Q_OBJECT

public:
    explicit SubscriptionGroupCheck(QObject *parent = nullptr);

    // channel: "sms" or "email".
    void start(Braze::BrazeClient *client, const QString &groupId, const QString &channel);

signals:
    // Fine: the group exists; Wrong: Braze does not know it (or it is of another channel);
    // NeedsConfirmation: it could not be checked (no permission, no connection).
    void checked(const Config::FieldCheck &result);

private:
    QPointer<Braze::RequestHandle> m_handle;
};

} // namespace Integrations
