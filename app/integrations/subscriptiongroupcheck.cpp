#include "integrations/subscriptiongroupcheck.h"

#include "braze/brazeclient.h"
#include "braze/requesthandle.h"

#include <QTimer>

namespace Integrations {

using Config::FieldCheck;

SubscriptionGroupCheck::SubscriptionGroupCheck(QObject *parent)
    : QObject(parent)
{
}

void SubscriptionGroupCheck::start(Braze::BrazeClient *client, const QString &groupId, const QString &channel)
{
    if (m_handle)
        m_handle->cancel();
    if (!client) {
        QTimer::singleShot(0, this, [this] { emit checked(FieldCheck::confirm(tr("Not checked: no connection to Braze is set up for this workspace."))); });
        return;
    }
    // A reserved example number / address: reading its state changes nothing.
    const Braze::UserIdentifier probe = channel == QLatin1String("email") ? Braze::UserIdentifier::email(QStringLiteral("group-check@example.com"))
                                                                         : Braze::UserIdentifier::phone(QStringLiteral("+15555550100"));
    m_handle = client->subscriptionStatus(Braze::SubscriptionStatusQuery{groupId.trimmed(), {probe}});
    connect(m_handle, &Braze::RequestHandle::finished, this, [this, channel](const Braze::ApiResult &result) {
        if (result.succeeded()) {
            emit checked(FieldCheck::fine());
        } else if (result.httpStatus == 400) {
            emit checked(FieldCheck::wrong(tr("Braze does not accept this ID as a %1 subscription group: %2")
                                               .arg(channel == QLatin1String("email") ? tr("e-mail") : tr("SMS"), result.brazeMessage())));
        } else if (result.httpStatus == 403) {
            emit checked(FieldCheck::confirm(tr("Not checked: the key lacks subscription.status.get.")));
        } else {
            emit checked(FieldCheck::confirm(tr("Not checked: %1").arg(result.error.message)));
        }
    });
}

} // namespace Integrations
