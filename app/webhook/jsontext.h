#pragma once

#include "webhook/webhooktemplate.h"

#include <QString>

namespace Webhook {

// JSON as text, keeping key order (QJsonObject sorts keys; a webhook body must go out as written).
namespace JsonText {

struct ParseProblem
{
    int line = 0;     // 1-based, 0 when the text is valid
    int column = 0;
    QString message;
    bool isValid() const { return !message.isEmpty(); }
};

// Checks that text is one JSON value; on failure says where (line and column in the text) and why.
ParseProblem validate(const QString &text);
// Re-indents valid JSON with two spaces, keeping key order and string contents.
QString pretty(const QString &text);
// {"key":"value",...} in row order; every value a JSON string, as Braze's key/value mode builds it.
QString objectFromPairs(const QList<KeyValueRow> &pairs);
QString quoted(const QString &value);
bool looksLikeJsonContentType(const QString &contentType);

} // namespace JsonText

} // namespace Webhook
