#include "braze/log/redactor.h"

#include <QUrl>

namespace Braze {

void Redactor::addSecret(const QByteArray &value)
{
    // Very short values would redact ordinary text; they are still redacted as header values.
    if (value.size() >= 4 && !m_secrets.contains(value))
        m_secrets.append(value);
}

QByteArray Redactor::redact(const QByteArray &text) const
{
    QByteArray result = text;
    if (m_apiKey.size() >= 4) {
        result.replace(m_apiKey, ApiKeyPlaceholder);
        // In a URL the key may appear percent-encoded (legacy ?api_key=...).
        const QByteArray encoded = QUrl::toPercentEncoding(QString::fromUtf8(m_apiKey));
        if (encoded != m_apiKey)
            result.replace(encoded, ApiKeyPlaceholder);
    }
    for (const QByteArray &secret : m_secrets)
        result.replace(secret, SecretPlaceholder);
    return result;
}

QString Redactor::redact(const QString &text) const
{
    return QString::fromUtf8(redact(text.toUtf8()));
}

HeaderList Redactor::redactHeaders(const HeaderList &headers, const QByteArrayList &secretNames) const
{
    HeaderList result;
    for (const auto &header : headers) {
        // Named references, not a structured binding: Clang before 16 cannot capture one in a lambda.
        const QByteArray &name = header.first;
        const QByteArray &value = header.second;
        const bool secret = name.compare("Authorization", Qt::CaseInsensitive) == 0
                            || std::any_of(secretNames.cbegin(), secretNames.cend(),
                                           [&name](const QByteArray &s) { return s.compare(name, Qt::CaseInsensitive) == 0; });
        if (!secret) {
            result.append({name, redact(value)});
        } else if (m_apiKey.size() >= 4 && value.contains(m_apiKey)) {
            QByteArray shown = value;
            result.append({name, shown.replace(m_apiKey, ApiKeyPlaceholder)});
        } else {
            result.append({name, SecretPlaceholder});
        }
    }
    return result;
}

} // namespace Braze
