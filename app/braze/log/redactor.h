#pragma once

#include "braze/ratelimitinfo.h"

#include <QByteArrayList>

namespace Braze {

// Removes secrets from what goes into the request log: the API key wherever it appears (header,
// URL, body: the legacy api_key form or a webhook body that quotes it) and every header value
// marked secret.
class Redactor
{
public:
    static constexpr const char *ApiKeyPlaceholder = "$BRAZE_API_KEY";
    static constexpr const char *SecretPlaceholder = "[redacted]";

    void setApiKey(const QByteArray &key) { m_apiKey = key; }
    void addSecret(const QByteArray &value);

    QByteArray redact(const QByteArray &text) const;
    QString redact(const QString &text) const;
    // Authorization headers are always redacted, whatever they hold.
    HeaderList redactHeaders(const HeaderList &headers, const QByteArrayList &secretNames) const;

private:
    QByteArray m_apiKey;
    QByteArrayList m_secrets;
};

} // namespace Braze
