#pragma once

#include "braze/endpoints.h"
#include "braze/ratelimitinfo.h"
#include "braze/requestorigin.h"

#include <QDateTime>
#include <QString>

namespace Braze {

// One HTTP exchange (one attempt of a call) as the request log keeps it. Everything in it is
// already redacted: the Braze API key appears only as the placeholder "$BRAZE_API_KEY", secret
// header values as "[redacted]". Nothing secret can leak from an entry into a file.
struct RequestLogEntry
{
    quint64 callId = 0;
    int attempt = 1;
    QDateTime time;
    QString workspace;
    Endpoint endpoint = Endpoint::Raw;
    QByteArray method;
    QString url;
    int httpStatus = 0; // 0: no response
    QString outcome;    // the error's message, or empty on success
    qint64 durationMs = 0;
    RateLimitInfo rateLimit;
    HeaderList requestHeaders;
    QByteArray requestBody;
    HeaderList responseHeaders;
    QByteArray responseBody;
    // The Authorization header carries the workspace's API key (shown as the placeholder).
    bool carriesApiKey = false;
    RequestOrigin origin;
};

} // namespace Braze
