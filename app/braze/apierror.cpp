#include "braze/apierror.h"

#include "braze/apiresult.h"

#include <QJsonObject>

namespace Braze {

QString ApiError::fullText() const
{
    QStringList parts{message};
    if (!detail.isEmpty() && !message.contains(detail))
        parts.append(QStringLiteral("(%1)").arg(detail));
    for (const ValidationIssue &issue : issues)
        parts.append(QStringLiteral("%1: %2").arg(issue.field, issue.message));
    if (!hint.isEmpty())
        parts.append(hint);
    return parts.join(QLatin1Char(' '));
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::BadRequest: return QStringLiteral("bad-request");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::PayloadTooLarge: return QStringLiteral("payload-too-large");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::ServerError: return QStringLiteral("server-error");
    case Kind::OtherHttpStatus: return QStringLiteral("http-status");
    case Kind::HostNotFound: return QStringLiteral("host-not-found");
    case Kind::ConnectionRefused: return QStringLiteral("connection-refused");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::ConnectionDropped: return QStringLiteral("connection-dropped");
    case Kind::NotJson: return QStringLiteral("not-json");
    case Kind::ResponseTooLarge: return QStringLiteral("response-too-large");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Network: return QStringLiteral("network");
    }
    return {};
}

QString ApiResult::brazeMessage() const
{
    return json.object().value(QStringLiteral("message")).toString();
}

} // namespace Braze
