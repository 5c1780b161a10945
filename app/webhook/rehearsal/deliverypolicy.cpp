#include "webhook/rehearsal/deliverypolicy.h"

namespace Webhook::DeliveryPolicy {

Outcome classify(int status)
{
    if (status >= 200 && status < 300)
        return Outcome::Delivered;
    if (status == 0 || status == 408 || status == 429 || (status >= 500 && status < 600))
        return Outcome::Retry;
    return Outcome::Fail;
}

qint64 backoffMs(int attempt, qint64 retryAfterMs)
{
    const qint64 exponential = FirstBackoffMs << qBound(0, attempt - 1, 10);
    return qMax(exponential, retryAfterMs);
}

} // namespace Webhook::DeliveryPolicy
