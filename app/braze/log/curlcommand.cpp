#include "log/curlcommand.h"

#include "log/redactor.h"

#include <QStringList>

namespace Braze {

namespace {

QString singleQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QString curlCommand(const RequestLogEntry &entry, const QString &apiKey)
{
    const QString placeholder = QString::fromLatin1(Redactor::ApiKeyPlaceholder);
    QStringList parts{QStringLiteral("curl"), QStringLiteral("-X"), QString::fromLatin1(entry.method), singleQuoted(entry.url)};
    for (const auto &[name, value] : entry.requestHeaders) {
        QString line = QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
        if (line.contains(placeholder) && apiKey.isEmpty()) {
            // Double quotes let the shell substitute $BRAZE_API_KEY; nothing else in this header needs quoting.
            parts << QStringLiteral("-H") << QLatin1Char('"') + line + QLatin1Char('"');
            continue;
        }
        if (!apiKey.isEmpty())
            line.replace(placeholder, apiKey);
        parts << QStringLiteral("-H") << singleQuoted(line);
    }
    if (!entry.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw") << singleQuoted(QString::fromUtf8(entry.requestBody));
    return parts.join(QLatin1Char(' '));
}

} // namespace Braze
