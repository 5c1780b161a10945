#pragma once

#include "braze/apierror.h"
#include "braze/endpoints.h"
#include "braze/ratelimitinfo.h"

#include <QJsonDocument>

namespace Braze {

// The outcome of a call after all retries: what the last response said, or why there was none.
// A 2xx with Braze's "errors" array (non-fatal errors) is a success; look at json for them.
struct ApiResult
{
    Endpoint endpoint = Endpoint::Raw;
    int httpStatus = 0;
    HeaderList headers;
    QByteArray body;
    QJsonDocument json;
    RateLimitInfo rateLimit;
    ApiError error;
    int attempts = 0;
    qint64 durationMs = 0;

    bool succeeded() const { return !error.isError(); }
    // Braze's "message" field ("success", or the error text).
    QString brazeMessage() const;
};

} // namespace Braze
