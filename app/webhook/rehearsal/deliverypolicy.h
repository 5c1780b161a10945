#pragma once

#include <QtGlobal>

namespace Webhook {

// How Braze delivers a webhook (braze-liquid.md §9.5 and §10): a 2xx counts as delivered;
// 408, 429, 5xx and an endpoint that cannot be reached are retried, up to 5 times within 30
// minutes with exponential back-off; any other status (redirects included: Braze does not follow
// them) ends the delivery; each attempt may take 90 s. Braze does not publish its back-off
// steps; the console waits 30 s, 60 s, 120 s, 240 s and 480 s (15.5 minutes in all, so five
// retries that each time out still end within the documented 30 minutes), or longer when the
// endpoint's Retry-After asks for it.
namespace DeliveryPolicy {

enum class Outcome { Delivered, Retry, Fail };

constexpr int MaxAttempts = 6;                       // the first attempt and 5 retries
constexpr qint64 TimeoutMs = 90 * 1000;
constexpr qint64 RetryWindowMs = 30 * 60 * 1000;
constexpr qint64 FirstBackoffMs = 30 * 1000;

// status 0: no HTTP answer (refused, dropped, timed out).
Outcome classify(int status);
// The wait before attempt `attempt + 1` after attempt `attempt` (1-based) failed;
// retryAfterMs < 0: the endpoint sent no Retry-After.
qint64 backoffMs(int attempt, qint64 retryAfterMs = -1);

} // namespace DeliveryPolicy

} // namespace Webhook
