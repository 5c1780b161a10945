#include "braze/network/errorclassifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Braze {

namespace {

// lupdate and the runtime agree on this context because both read it from the macro.
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Braze)
};

// Braze's own error text: the "message" of a JSON body, else the start of a plain-text body.
QString brazeText(const QByteArray &body)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject()) {
        QString text = json.object().value(QStringLiteral("message")).toString();
        const QJsonValue errors = json.object().value(QStringLiteral("errors"));
        if (errors.isArray() && !errors.toArray().isEmpty()) {
            const QJsonValue first = errors.toArray().first();
            const QString item = first.isObject() ? first.toObject().value(QStringLiteral("type")).toString() : first.toString();
            if (!item.isEmpty())
                text += QStringLiteral(" (") + item + QLatin1Char(')');
        }
        return text;
    }
    // An HTML error page from a proxy: its title says it best.
    const QString text = QString::fromUtf8(body.left(2000));
    static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"), QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = title.match(text); match.hasMatch())
        return match.captured(1).simplified();
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return QString(text).replace(tags, QStringLiteral(" ")).simplified().left(200);
}

ApiError make(ApiError::Kind kind, const ExchangeFacts &facts, const QString &message, const QString &hint, const QString &detail = {})
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = facts.httpStatus;
    error.message = message;
    error.hint = hint;
    error.detail = detail;
    return error;
}

ApiError transportError(const ExchangeFacts &facts)
{
    using NE = QNetworkReply::NetworkError;
    switch (facts.networkError) {
    case NE::HostNotFoundError:
        return make(ApiError::Kind::HostNotFound, facts, ErrorText::tr("The server “%1” could not be found.").arg(facts.host),
                    ErrorText::tr("Check the REST endpoint for typing mistakes (it looks like https://rest.iad-01.braze.com) and your internet connection."),
                    facts.networkErrorText);
    case NE::ConnectionRefusedError:
        return make(ApiError::Kind::ConnectionRefused, facts, ErrorText::tr("“%1” refused the connection.").arg(facts.host),
                    ErrorText::tr("Nothing answers at this address and port. Check the endpoint; for the sandbox, make sure it is running."),
                    facts.networkErrorText);
    case NE::SslHandshakeFailedError:
    case NE::UnknownNetworkError:
        if (facts.networkError == NE::SslHandshakeFailedError || facts.networkErrorText.contains(QLatin1String("SSL"), Qt::CaseInsensitive))
            return make(ApiError::Kind::Tls, facts, ErrorText::tr("The secure connection to “%1” failed.").arg(facts.host),
                        ErrorText::tr("The server's certificate is not trusted, and the console never ignores that. Check the address, "
                           "your computer's clock, and whether a proxy intercepts HTTPS."),
                        facts.networkErrorText);
        break;
    case NE::TimeoutError:
        return make(ApiError::Kind::Timeout, facts, ErrorText::tr("“%1” did not answer in time.").arg(facts.host),
                    ErrorText::tr("Check your connection and try again. If Braze is slow, raise the timeout in the settings."), facts.networkErrorText);
    case NE::RemoteHostClosedError:
        if (facts.tlsNotEstablished)
            return make(ApiError::Kind::Tls, facts, ErrorText::tr("“%1” closed the connection before a secure (https) connection was set up.").arg(facts.host),
                        ErrorText::tr("The server does not seem to speak HTTPS on this port. Check the endpoint: Braze's start with https://rest.; "
                           "the console's sandbox uses http://127.0.0.1 with its port."),
                        facts.networkErrorText);
        [[fallthrough]];
    case NE::ProtocolFailure:
    case NE::ProtocolUnknownError:
        return make(ApiError::Kind::ConnectionDropped, facts, ErrorText::tr("The connection closed before the whole answer arrived."),
                    ErrorText::tr("Try again. If it keeps happening, a proxy or firewall may be cutting the connection. "
                       "A write may or may not have reached Braze; check before repeating it."),
                    facts.networkErrorText);
    case NE::ContentReSendError:
        // Qt wanted to send a write again on a fresh connection; the console does not allow that.
        return make(ApiError::Kind::ConnectionDropped, facts, ErrorText::tr("The connection closed after the request was sent, before any answer."),
                    ErrorText::tr("The request was not sent again, so it cannot have been applied twice, but Braze may or may not have applied it once. "
                       "Check the result (for example, look the user up) before you send it again."),
                    facts.networkErrorText);
    case NE::ProxyConnectionRefusedError:
    case NE::ProxyConnectionClosedError:
    case NE::ProxyNotFoundError:
    case NE::ProxyTimeoutError:
    case NE::ProxyAuthenticationRequiredError:
        return make(ApiError::Kind::Network, facts, ErrorText::tr("The proxy server failed."),
                    ErrorText::tr("The console uses your system's proxy settings. Check them, or ask your IT team whether the proxy allows %1.").arg(facts.host),
                    facts.networkErrorText);
    default:
        break;
    }
    return make(ApiError::Kind::Network, facts, ErrorText::tr("The network failed: %1").arg(facts.networkErrorText),
                ErrorText::tr("Check your internet connection and proxy settings, then try again."), facts.networkErrorText);
}

// Failures of the connection itself. Qt also reports HTTP statuses as errors (400 becomes
// ProtocolInvalidOperationError, 403 ContentAccessDenied, ...); those are answers, not failures.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 1 && code < 200) || error == QNetworkReply::ProtocolUnknownError || error == QNetworkReply::ProtocolFailure;
}

ApiError httpError(const ExchangeFacts &facts)
{
    const QString text = brazeText(facts.body);
    const int status = facts.httpStatus;
    if (status == 401)
        return make(ApiError::Kind::Unauthorized, facts, ErrorText::tr("Braze refused the API key (401 Unauthorized)."),
                    ErrorText::tr("The API key is wrong, revoked or for another instance. Check that the REST endpoint matches your dashboard "
                       "(dashboard-01 → rest.iad-01.braze.com) and that the key is pasted without quotes or spaces."),
                    text);
    if (status == 403) {
        const QString hint = facts.permission.isEmpty()
            ? ErrorText::tr("The key lacks the permission for this call, or your Braze plan does not include it.")
            : ErrorText::tr("This key lacks the permission %1: add it in Braze under Settings › APIs and Identifiers › API Keys. "
                 "A key's permissions cannot be edited, so create a new key with all the permissions you need and replace this one.")
                  .arg(facts.permission);
        return make(ApiError::Kind::Forbidden, facts, ErrorText::tr("The API key may not call %1 (403 Access Denied).").arg(facts.path), hint, text);
    }
    if (status == 400)
        return make(ApiError::Kind::BadRequest, facts, ErrorText::tr("Braze rejected the request: %1").arg(text.isEmpty() ? ErrorText::tr("no reason given") : text),
                    ErrorText::tr("Correct the request as Braze says and send it again; nothing was changed in Braze."), text);
    if (status == 404)
        return make(ApiError::Kind::NotFound, facts, ErrorText::tr("Braze does not know the address %1 (404).").arg(facts.path),
                    ErrorText::tr("Check the REST endpoint: it is only the host (e.g. https://rest.iad-01.braze.com), without a path."), text);
    if (status == 413)
        return make(ApiError::Kind::PayloadTooLarge, facts, ErrorText::tr("The request is larger than Braze accepts (413)."),
                    ErrorText::tr("Send fewer objects per call; most endpoints accept up to 4 MB."), text);
    if (status == 429)
        return make(ApiError::Kind::RateLimited, facts, ErrorText::tr("Braze's rate limit for this call is used up (429)."),
                    ErrorText::tr("The console waited and retried as far as allowed. Wait until the limit resets (see the request log) "
                       "or spread the calls over more time."),
                    text);
    if (status >= 500)
        return make(ApiError::Kind::ServerError, facts, ErrorText::tr("Braze had a server error (%1).").arg(status),
                    ErrorText::tr("This is on Braze's side. Try again in a few minutes; Braze does not replay failed calls, "
                       "so check afterwards whether the data arrived."),
                    text);
    return make(ApiError::Kind::OtherHttpStatus, facts, ErrorText::tr("The server answered with status %1.").arg(status),
                ErrorText::tr("Check the request and the endpoint; the answer is shown in the request log."), text);
}

} // namespace

ApiError classifyExchange(const ExchangeFacts &facts)
{
    if (facts.timedOut)
        return make(ApiError::Kind::Timeout, facts, ErrorText::tr("“%1” did not answer within %2 s.").arg(facts.host).arg(facts.timeoutSeconds),
                    ErrorText::tr("Check your connection and try again. If Braze is slow, raise the timeout in the settings."));
    if (facts.cancelled)
        return make(ApiError::Kind::Cancelled, facts, ErrorText::tr("The call was cancelled."), QString());
    if (facts.tooLarge)
        return make(ApiError::Kind::ResponseTooLarge, facts,
                    ErrorText::tr("The answer is larger than %1 MB and was not read.").arg(double(facts.maxResponseBytes) / (1024 * 1024), 0, 'f', 1),
                    ErrorText::tr("Ask for less data, e.g. fewer fields_to_export, fewer users or a shorter period."));
    if (facts.truncated && !isTransportError(facts.networkError)) {
        ExchangeFacts dropped = facts;
        dropped.networkError = QNetworkReply::RemoteHostClosedError;
        return transportError(dropped);
    }
    if (isTransportError(facts.networkError) || facts.httpStatus == 0)
        return transportError(facts);
    if (facts.httpStatus < 200 || facts.httpStatus >= 300)
        return httpError(facts);
    if (facts.expectJson && !facts.body.isEmpty()) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(facts.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return make(ApiError::Kind::NotJson, facts, ErrorText::tr("The answer is not valid JSON, so it did not come from Braze's REST API."),
                        ErrorText::tr("Check that the endpoint is the REST endpoint (rest.….braze.com or .eu), not the dashboard or SDK address."),
                        parseError.errorString());
    }
    return {};
}

bool neverReachedServer(ApiError::Kind kind)
{
    return kind == ApiError::Kind::HostNotFound || kind == ApiError::Kind::ConnectionRefused;
}

bool isTransient(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::ServerError:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ConnectionDropped:
    case ApiError::Kind::Network:
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::ConnectionRefused:
        return true;
    default:
        return false;
    }
}

} // namespace Braze
