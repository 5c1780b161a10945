#pragma once

#include <QString>
#include <functional>
#include <QUrl>

namespace Braze {

// Tuning of the network layer; the defaults suit real Braze. Tests shorten the waits.
struct ClientOptions
{
    int timeoutMs = 30000;
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    // 429: how often to wait for the reset and try again, and the longest wait accepted
    // (an hourly window can be up to an hour away; the user would rather know than wait).
    int maxRateLimitRetries = 3;
    int maxRateLimitWaitSeconds = 300;
    // 5xx and network failures of calls that are safe to repeat: exponential backoff with jitter.
    int maxRetries = 3;
    int backoffBaseMs = 1000;
    int backoffMaxMs = 60000;
    // Requests in flight per host; the rest wait in the host's queue.
    int maxConcurrentPerHost = 4;
    // Keep under the documented limits before Braze has to say 429.
    bool paceByDocumentedLimits = true;
    // Bodies longer than this are shortened in the request log (never in the result).
    int logBodyLimitBytes = 256 * 1024;
    // The wall clock in milliseconds since the epoch; empty: the computer's. Only rate-limit
    // windows (X-RateLimit-Reset is a Unix time) read it; every wait before an attempt runs on the
    // monotonic clock. Tests move it to show that a clock change does not move those waits.
    std::function<qint64()> wallClockMs;
};

// What a client needs to know about its workspace. The key lives only in memory: it is sent in
// the Authorization header and never written to the log, a file or the console output.
struct ClientConfig
{
    QUrl baseUrl;          // e.g. https://rest.iad-01.braze.com (no trailing slash needed)
    QString apiKey;
    QString workspaceLabel; // shown in the request log
    ClientOptions options;
};

} // namespace Braze
