#include "braze/subscriptionstatetext.h"

namespace Braze {

QString SubscriptionStateText::inWords(const QString &state)
{
    if (state.compare(QLatin1String("Subscribed"), Qt::CaseInsensitive) == 0)
        return tr("subscribed");
    if (state.compare(QLatin1String("Unsubscribed"), Qt::CaseInsensitive) == 0)
        return tr("unsubscribed");
    if (state.compare(QLatin1String("Unknown"), Qt::CaseInsensitive) == 0)
        return tr("unknown");
    return state;
}

} // namespace Braze
