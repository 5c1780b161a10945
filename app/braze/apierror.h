#pragma once

#include "braze/validation/validationissue.h"

#include <QString>

namespace Braze {

// Why a call did not succeed, in the words a marketer needs: `message` says what happened,
// `hint` what to do about it (in the spirit of the partner pages' troubleshooting tables).
// Both are translated. `detail` keeps Braze's own error text or the network layer's message.
struct ApiError
{
    enum class Kind {
        None,
        Validation,        // not sent: the request is incomplete or invalid (see issues)
        Unauthorized,      // 401
        Forbidden,         // 403
        BadRequest,        // 400
        NotFound,          // 404
        PayloadTooLarge,   // 413
        RateLimited,       // 429 after the allowed retries
        ServerError,       // 5xx
        OtherHttpStatus,   // any other 4xx
        HostNotFound,      // DNS
        ConnectionRefused,
        Tls,
        Timeout,
        ConnectionDropped, // connection closed before the whole response arrived
        NotJson,           // Braze answered something that is not JSON
        ResponseTooLarge,  // over the client's response size cap
        Cancelled,
        Network,           // any other transport failure
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;
    QString hint;
    QString detail;
    ValidationIssues issues;

    bool isError() const { return kind != Kind::None; }
    // message, detail and hint in one paragraph, for a status line or the CLI.
    QString fullText() const;
    // Stable English name of the kind for logs, tests and JSON export ("unauthorized", ...).
    static QString kindName(Kind kind);
};

} // namespace Braze
