#pragma once

#include "braze/apierror.h"
#include "braze/network/exchangefacts.h"

namespace Braze {

// Maps one exchange to the error a user sees (Kind::None for a usable 2xx answer).
ApiError classifyExchange(const ExchangeFacts &facts);
// True for failures where the request certainly never reached the server (DNS, refused):
// even calls that are not safe to repeat may be retried then (braze-api.md §5.3).
bool neverReachedServer(ApiError::Kind kind);
// True for failures worth another attempt: 5xx, timeouts, dropped and other network failures.
bool isTransient(ApiError::Kind kind);

} // namespace Braze
