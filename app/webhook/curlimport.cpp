#include "webhook/curlimport.h"

#include "webhook/secretreference.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Webhook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Webhook::CurlImport", text);
}

// Options that take a value the template has no use for.
bool ignoredWithValue(const QString &option)
{
    static const QStringList options = {
        QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("-m"), QStringLiteral("--max-time"),
        QStringLiteral("--connect-timeout"), QStringLiteral("--retry"), QStringLiteral("-w"), QStringLiteral("--write-out"),
        QStringLiteral("--proxy"), QStringLiteral("-x"), QStringLiteral("--cacert"), QStringLiteral("--cert"),
        QStringLiteral("-E"), QStringLiteral("--key"), QStringLiteral("-r"), QStringLiteral("--range")};
    return options.contains(option);
}

bool isDataOption(const QString &option)
{
    static const QStringList options = {QStringLiteral("-d"), QStringLiteral("--data"), QStringLiteral("--data-raw"),
                                        QStringLiteral("--data-binary"), QStringLiteral("--data-ascii"),
                                        QStringLiteral("--data-urlencode"), QStringLiteral("--json")};
    return options.contains(option);
}

// "quikly" for https://api.quikly.com/...: the partner a secret belongs to.
QString partnerFromHost(const QString &host)
{
    QStringList labels = host.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() >= 2)
        labels.removeLast();
    QString name = labels.isEmpty() ? QStringLiteral("partner") : labels.last().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_.-]")), QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("partner") : name;
}

} // namespace

bool CurlImport::splitShellWords(const QString &command, QStringList *words, QString *error)
{
    enum class Quote { None, Single, Double };
    Quote quote = Quote::None;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (quote == Quote::Single) {
            if (c == QLatin1Char('\''))
                quote = Quote::None;
            else
                word += c;
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < command.size()) {
            const QChar next = command.at(++i);
            if (next == QLatin1Char('\n') || (next == QLatin1Char('\r') && i + 1 < command.size() && command.at(i + 1) == QLatin1Char('\n'))) {
                if (next == QLatin1Char('\r'))
                    ++i;
                continue;   // line continuation
            }
            // Inside double quotes a backslash escapes only $ ` " \ (sh rules).
            if (quote == Quote::Double && !QStringLiteral("$`\"\\").contains(next))
                word += c;
            word += next;
            inWord = true;
            continue;
        }
        if (quote == Quote::Double) {
            if (c == QLatin1Char('"'))
                quote = Quote::None;
            else
                word += c;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            quote = Quote::Single;
            inWord = true;
        } else if (c == QLatin1Char('"')) {
            quote = Quote::Double;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (quote != Quote::None) {
        *error = tr("A quote in the command is never closed; copy the whole command.");
        return false;
    }
    if (inWord)
        words->append(word);
    return true;
}

QString CurlImport::escapeLiquid(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('{') && i + 1 < text.size()
            && (text.at(i + 1) == QLatin1Char('{') || text.at(i + 1) == QLatin1Char('%'))) {
            out += text.at(i + 1) == QLatin1Char('{') ? QStringLiteral("{{ '{{' }}") : QStringLiteral("{{ '{%' }}");
            ++i;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

bool CurlImport::parse(const QString &command, CurlImport *result, QString *error)
{
    QStringList words;
    if (!splitShellWords(command.trimmed(), &words, error))
        return false;
    if (!words.isEmpty() && (words.first() == QLatin1String("$") || words.first() == QLatin1String("%")))
        words.removeFirst();   // a shell prompt copied along
    if (words.isEmpty() || (words.first() != QLatin1String("curl") && !words.first().endsWith(QLatin1String("/curl")))) {
        *error = tr("This is not a cURL command: it must start with curl, as in the partner's documentation.");
        return false;
    }
    CurlImport import;
    QString method, url, authorization, userOption;
    QStringList data;
    bool json = false;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString word = words.at(i);
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= words.size())
                return std::nullopt;
            return words.at(++i);
        };
        if (word == QLatin1String("-X") || word == QLatin1String("--request")) {
            const auto v = value();
            if (!v) break;
            method = v->toUpper();
        } else if (word.startsWith(QLatin1String("-X")) && word.size() > 2) {
            method = word.mid(2).toUpper();
        } else if (word == QLatin1String("-H") || word == QLatin1String("--header")) {
            const auto v = value();
            if (!v) break;
            const qsizetype colon = v->indexOf(QLatin1Char(':'));
            if (colon <= 0) {
                import.notes.append(tr("The header “%1” has no name: value form and was left out.").arg(*v));
                continue;
            }
            const QString name = v->left(colon).trimmed();
            const QString headerValue = v->mid(colon + 1).trimmed();
            if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
                authorization = headerValue;
                userOption.clear();
            } else
                import.webhook.headers.append({name, escapeLiquid(headerValue)});
        } else if (word == QLatin1String("-u") || word == QLatin1String("--user")) {
            const auto v = value();
            if (!v) break;
            authorization = QStringLiteral("Basic ") + QString::fromLatin1(v->toUtf8().toBase64());
            userOption = *v;
        } else if (isDataOption(word)) {
            const auto v = value();
            if (!v) break;
            if (v->startsWith(QLatin1Char('@'))) {
                *error = tr("The command reads its body from the file “%1”; paste the body itself into the command instead.").arg(v->mid(1));
                return false;
            }
            json = json || word == QLatin1String("--json");
            data.append(*v);
        } else if (word == QLatin1String("--url")) {
            const auto v = value();
            if (!v) break;
            url = *v;
        } else if (word == QLatin1String("-A") || word == QLatin1String("--user-agent")) {
            const auto v = value();
            if (!v) break;
            import.webhook.headers.append({QStringLiteral("User-Agent"), escapeLiquid(*v)});
        } else if (word == QLatin1String("-b") || word == QLatin1String("--cookie")) {
            const auto v = value();
            if (!v) break;
            import.webhook.headers.append({QStringLiteral("Cookie"), escapeLiquid(*v)});
        } else if (ignoredWithValue(word)) {
            if (!value()) break;
            import.notes.append(tr("The option %1 does not apply to a webhook and was left out.").arg(word));
        } else if (word.startsWith(QLatin1Char('-'))) {
            if (word != QLatin1String("-s") && word != QLatin1String("--silent") && word != QLatin1String("-S")
                && word != QLatin1String("-i") && word != QLatin1String("-v") && word != QLatin1String("--compressed"))
                import.notes.append(tr("The option %1 does not apply to a webhook and was left out.").arg(word));
            if (word == QLatin1String("-L") || word == QLatin1String("--location"))
                import.notes.append(tr("Braze does not follow redirects: point the webhook at the final address."));
        } else if (url.isEmpty()) {
            url = word;
        } else {
            import.notes.append(tr("The extra argument “%1” was left out.").arg(word));
        }
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (url.isEmpty() || !parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))) {
        *error = url.isEmpty() ? tr("The cURL command names no URL.")
                               : tr("“%1” is not a web address; the command's URL must start with https://.").arg(url);
        return false;
    }
    import.webhook.id = WebhookTemplate::newId();
    import.webhook.name = tr("Imported from cURL: %1").arg(parsed.host());
    import.webhook.url = escapeLiquid(url);
    import.webhook.method = method.isEmpty() ? (data.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST")) : method;
    if (!WebhookTemplate::methods().contains(import.webhook.method)) {
        *error = tr("Braze webhooks cannot use the method %1; they use POST, PUT, PATCH, GET or DELETE.").arg(import.webhook.method);
        return false;
    }
    if (json && import.webhook.headerValue(QStringLiteral("Content-Type")).isEmpty())
        import.webhook.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
    if (!data.isEmpty() && import.webhook.headerValue(QStringLiteral("Content-Type")).isEmpty())
        import.webhook.headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")});
    import.webhook.bodyMode = BodyMode::RawText;
    import.webhook.rawBody = escapeLiquid(data.join(QLatin1Char('&')));
    if (!authorization.isEmpty()) {
        import.secretName = partnerFromHost(parsed.host()) + QStringLiteral("/authorization");
        // Keep the scheme in the template ("Bearer [[secret:...]]"): only the credential is secret.
        const qsizetype space = authorization.indexOf(QLatin1Char(' '));
        const bool schemed = space > 0 && !authorization.left(space).contains(QLatin1Char('='));
        import.secretValue = schemed ? authorization.mid(space + 1).trimmed() : authorization;
        import.secretText = userOption.isEmpty() ? import.secretValue : userOption;
        const QString placeholder = SecretReference::placeholder(import.secretName);
        import.webhook.headers.prepend({QStringLiteral("Authorization"),
                                        schemed ? authorization.left(space) + QLatin1Char(' ') + placeholder : placeholder});
    }
    import.webhook.notes = tr("Imported from a cURL command.");
    *result = import;
    return true;
}

} // namespace Webhook
