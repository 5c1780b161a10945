#include "config/workspacevalidator.h"

#include "config/brazeinstance.h"
#include "config/workspace.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>

namespace Config {

namespace {

constexpr int MinimumKeyLength = 16;
constexpr int MaximumKeyLength = 128;

bool isKeyCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_')
        || c == QLatin1Char('.');
}

} // namespace

bool WorkspaceValidator::isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

FieldCheck WorkspaceValidator::checkName(const QString &name, const QStringList &otherNames)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return FieldCheck::wrong(tr("Give the workspace a name."));
    for (const QString &other : otherNames) {
        if (other.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return FieldCheck::wrong(tr("Another workspace is already called “%1”.").arg(trimmed));
    }
    return FieldCheck::fine();
}

QUrl WorkspaceValidator::normalisedEndpoint(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

FieldCheck WorkspaceValidator::checkEndpoint(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return FieldCheck::wrong(tr("Enter the REST endpoint, for example https://rest.iad-01.braze.com."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return FieldCheck::wrong(tr("This is not a web address. Copy the REST endpoint from Braze under Settings › APIs and Identifiers."));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return FieldCheck::wrong(tr("The endpoint must start with https://."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return FieldCheck::wrong(tr("Use https:// — the API key must never travel unencrypted. Plain http is only allowed to this computer (localhost)."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return FieldCheck::wrong(tr("Enter only the endpoint's address, without user name, “?” or “#” parts."));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/") && BrazeInstance::forHost(url.host()))
        return FieldCheck::wrong(tr("Enter the endpoint without a path: https://%1").arg(url.host()));
    if (url.host().startsWith(QLatin1String("sdk."), Qt::CaseInsensitive)
        || url.host().startsWith(QLatin1String("dashboard"), Qt::CaseInsensitive))
        return FieldCheck::wrong(tr("This is a dashboard or SDK address, not the REST endpoint. REST endpoints start with “rest.”, for example https://rest.iad-01.braze.com."));
    if (!isLoopbackHost(url.host()) && !BrazeInstance::forHost(url.host()))
        return FieldCheck::confirm(tr("%1 is not one of Braze's REST endpoints. Use it anyway (a proxy, for example)?").arg(url.host()));
    return FieldCheck::fine();
}

QString WorkspaceValidator::normalisedApiKey(const QString &text)
{
    return text.trimmed();
}

FieldCheck WorkspaceValidator::checkApiKey(const QString &text)
{
    const QString key = normalisedApiKey(text);
    if (key.isEmpty())
        return FieldCheck::wrong(tr("Paste the REST API key from Braze (Settings › APIs and Identifiers › API Keys)."));
    if (key.startsWith(QLatin1String("bearer "), Qt::CaseInsensitive))
        return FieldCheck::wrong(tr("Paste the key alone, without “Bearer ”: the console adds it."));
    for (const QChar c : key) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return FieldCheck::wrong(tr("The key contains a line break. Paste it again as a single line."));
        if (c.isSpace())
            return FieldCheck::wrong(tr("The key contains a space. Paste it again without spaces."));
    }
    const QChar first = key.front();
    if (first == QLatin1Char('"') || first == QLatin1Char('\'') || key.back() == QLatin1Char('"') || key.back() == QLatin1Char('\''))
        return FieldCheck::wrong(tr("Remove the quotation marks around the key: Braze refuses a quoted key."));
    for (const QChar c : key) {
        if (!isKeyCharacter(c))
            return FieldCheck::wrong(tr("The key contains “%1”, which a Braze API key never does. Copy it again from Braze.").arg(c));
    }
    if (key.size() < MinimumKeyLength)
        return FieldCheck::wrong(tr("This key is only %n characters long; Braze API keys are longer. Copy the whole key.", nullptr, key.size()));
    if (key.size() > MaximumKeyLength)
        return FieldCheck::wrong(tr("This is too long for an API key. Copy only the key."));
    return FieldCheck::fine();
}

FieldCheck WorkspaceValidator::checkNotes(const QString &text)
{
    if (text.size() <= Workspace::MaxNotesLength)
        return FieldCheck::fine();
    return FieldCheck::wrong(tr("Notes can hold up to %1 characters; these have %2. Shorten them to save.")
                                 .arg(QLocale().toString(Workspace::MaxNotesLength), QLocale().toString(text.size())));
}

FieldCheck WorkspaceValidator::checkAppId(const QString &text)
{
    const QString id = text.trimmed();
    if (id.isEmpty())
        return FieldCheck::fine();
    for (const QChar c : id) {
        if (!isKeyCharacter(c))
            return FieldCheck::wrong(tr("An App ID contains only letters, digits and hyphens. Copy it from Braze under Settings › App Settings."));
    }
    return FieldCheck::fine();
}

} // namespace Config
