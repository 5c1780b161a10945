#pragma once

#include "braze/endpoints.h"
#include "braze/requestorigin.h"
#include "braze/validation/validationissue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace Braze {

// A header the caller adds. Secret values (partner authorization, tokens) are sent as given
// but replaced by a placeholder in the request log, its export and cURL copies.
struct RequestHeader
{
    QByteArray name;
    QByteArray value;
    bool secret = false;
};

// Everything needed to send one call, as plain values so it can cross to the network thread.
struct ApiRequest
{
    Endpoint endpoint = Endpoint::Raw;
    QByteArray method = "GET";
    // Path below the client's base URL ("/users/track"), used when absoluteUrl is empty.
    QString path;
    // A full URL for calls that do not go to Braze (webhook tests). Such calls carry no Braze
    // API key; only the headers given here.
    QUrl absoluteUrl;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QList<RequestHeader> headers;
    // The caller accepts that a call which is not safe to repeat (endpoints.h) is retried after
    // a 5xx or network error, possibly creating duplicates.
    bool retryEvenIfUnsafe = false;
    // Braze answers JSON; a webhook target may answer anything.
    bool expectJson = true;
    // 0: the client's default.
    int timeoutMs = 0;
    // Shown in the request log: who sent it.
    RequestOrigin origin;
};

// A request built from typed values, with the reasons it must not be sent (empty = ready).
struct PreparedRequest
{
    ApiRequest request;
    ValidationIssues issues;
};

} // namespace Braze
