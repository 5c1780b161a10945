#include "braze/log/curlcommand.h"

#include "braze/log/redactor.h"

#include <QStringList>

namespace Braze {

namespace {

QString singleQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// A header as one shell word: with the key placeholder left in (no key given), in double quotes
// so the shell substitutes $BRAZE_API_KEY (nothing else in such a header needs quoting).
QString headerWord(const QString &header, const QString &apiKey)
{
    const QString placeholder = QString::fromLatin1(Redactor::ApiKeyPlaceholder);
    if (header.contains(placeholder) && apiKey.isEmpty())
        return QLatin1Char('"') + header + QLatin1Char('"');
    QString line = header;
    if (!apiKey.isEmpty())
        line.replace(placeholder, apiKey);
    return singleQuoted(line);
}

} // namespace

QString curlCommand(const RequestLogEntry &entry, const QString &apiKey)
{
    QStringList parts{QStringLiteral("curl"), QStringLiteral("-X"), QString::fromLatin1(entry.method), singleQuoted(entry.url)};
    for (const auto &[name, value] : entry.requestHeaders)
        parts << QStringLiteral("-H") << headerWord(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value), apiKey);
    if (!entry.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw") << singleQuoted(QString::fromUtf8(entry.requestBody));
    return parts.join(QLatin1Char(' '));
}

QString httpieCommand(const RequestLogEntry &entry, const QString &apiKey)
{
    QStringList parts{QStringLiteral("http")};
    if (!entry.requestBody.isEmpty())
        parts << QStringLiteral("--raw") << singleQuoted(QString::fromUtf8(entry.requestBody));
    parts << QString::fromLatin1(entry.method) << singleQuoted(entry.url);
    for (const auto &[name, value] : entry.requestHeaders)
        parts << headerWord(QString::fromLatin1(name) + QLatin1Char(':') + QString::fromUtf8(value), apiKey);
    return parts.join(QLatin1Char(' '));
}

} // namespace Braze
