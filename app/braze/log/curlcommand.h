#pragma once

#include "braze/log/requestlogentry.h"

namespace Braze {

// The exchange as a curl command line to paste into a terminal. Without an API key, the
// Authorization header reads "Bearer $BRAZE_API_KEY" (in double quotes, so the shell fills it
// from the environment); with one, the key is written in (the user ticked "include key").
// Secret partner headers stay "[redacted]": the log never had them.
QString curlCommand(const RequestLogEntry &entry, const QString &apiKey = {});
// The same exchange for HTTPie (3.0 or later: the body is passed with --raw), with the same rule
// for the key.
QString httpieCommand(const RequestLogEntry &entry, const QString &apiKey = {});

} // namespace Braze
