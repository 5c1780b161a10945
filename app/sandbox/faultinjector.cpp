#include "sandbox/faultinjector.h"

#include <QCoreApplication>

namespace Sandbox {

QJsonObject FaultInjector::toJson() const
{
    const Settings &s = m_settings;
    return {{QStringLiteral("latency_ms"), s.latencyMs},
            {QStringLiteral("server_error_rate"), s.serverErrorRate},
            {QStringLiteral("server_error_status"), s.serverErrorStatus},
            {QStringLiteral("rate_limit_rate"), s.rateLimitRate},
            {QStringLiteral("drop_rate"), s.dropRate},
            {QStringLiteral("html_rate"), s.htmlRate},
            {QStringLiteral("truncate_rate"), s.truncateRate},
            {QStringLiteral("trickle_rate"), s.trickleRate},
            {QStringLiteral("trickle_chunk_bytes"), s.trickleChunkBytes},
            {QStringLiteral("trickle_interval_ms"), s.trickleIntervalMs}};
}

QString FaultInjector::apply(const QJsonObject &o)
{
    Settings next = m_settings;
    QString badKey;
    const auto number = [&](const char *key, double min, double max, auto &target) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || !badKey.isEmpty())
            return;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            badKey = QLatin1String(key);
            return;
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(v.toDouble());
    };
    number("latency_ms", 0, 600000, next.latencyMs);
    number("server_error_rate", 0, 1, next.serverErrorRate);
    number("server_error_status", 500, 599, next.serverErrorStatus);
    number("rate_limit_rate", 0, 1, next.rateLimitRate);
    number("drop_rate", 0, 1, next.dropRate);
    number("html_rate", 0, 1, next.htmlRate);
    number("truncate_rate", 0, 1, next.truncateRate);
    number("trickle_rate", 0, 1, next.trickleRate);
    number("trickle_chunk_bytes", 1, 1 << 20, next.trickleChunkBytes);
    number("trickle_interval_ms", 1, 60000, next.trickleIntervalMs);
    if (!badKey.isEmpty())
        return QCoreApplication::translate("FaultInjector", "The fault setting '%1' has a value of the wrong type or range.").arg(badKey);
    m_settings = next;
    return {};
}

FaultInjector::Fault FaultInjector::pick()
{
    const Settings &s = m_settings;
    const std::pair<double, Fault> shares[] = {
        {s.serverErrorRate, Fault::ServerError}, {s.rateLimitRate, Fault::RateLimitStorm}, {s.dropRate, Fault::Drop},
        {s.htmlRate, Fault::Html}, {s.truncateRate, Fault::Truncate}, {s.trickleRate, Fault::Trickle}};
    for (const auto &[share, fault] : shares) {
        if (share >= 1.0 || (share > 0 && m_random.generateDouble() < share))
            return fault;
    }
    return Fault::None;
}

QString FaultInjector::name(Fault fault)
{
    switch (fault) {
    case Fault::None: return {};
    case Fault::ServerError: return QStringLiteral("server_error");
    case Fault::RateLimitStorm: return QStringLiteral("rate_limit");
    case Fault::Drop: return QStringLiteral("drop");
    case Fault::Html: return QStringLiteral("html");
    case Fault::Truncate: return QStringLiteral("truncate");
    case Fault::Trickle: return QStringLiteral("trickle");
    }
    return {};
}

bool FaultInjector::replacesHandler(Fault fault)
{
    return fault == Fault::ServerError || fault == Fault::RateLimitStorm || fault == Fault::Drop || fault == Fault::Html;
}

SandboxReply FaultInjector::replacementReply(Fault fault, qint64 nowMs) const
{
    SandboxReply reply;
    switch (fault) {
    case Fault::ServerError:
        reply = SandboxReply::message(m_settings.serverErrorStatus, QStringLiteral("Internal Server Error"));
        break;
    case Fault::RateLimitStorm: {
        reply = SandboxReply::message(429, QStringLiteral("Rate Limited"));
        const qint64 nextMinute = nowMs / 60000 * 60 + 60;
        reply.setHeader("X-RateLimit-Remaining", "0");
        reply.setHeader("X-RateLimit-Reset", QByteArray::number(nextMinute));
        break;
    }
    case Fault::Drop:
        reply.delivery = SandboxReply::Delivery::Drop;
        break;
    case Fault::Html:
        // What an edge proxy in front of an API typically sends when the backend is away.
        reply.status = 502;
        reply.contentType = "text/html; charset=utf-8";
        reply.body = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
                     "<body><center><h1>502 Bad Gateway</h1></center><hr><center>sandbox-edge</center></body></html>\n";
        break;
    default:
        break;
    }
    reply.delayMs = m_settings.latencyMs;
    return reply;
}

void FaultInjector::shapeDelivery(Fault fault, SandboxReply &reply) const
{
    reply.delayMs = m_settings.latencyMs;
    if (fault == Fault::Truncate) {
        reply.delivery = SandboxReply::Delivery::Truncate;
    } else if (fault == Fault::Trickle) {
        reply.delivery = SandboxReply::Delivery::Trickle;
        reply.trickleChunkBytes = m_settings.trickleChunkBytes;
        reply.trickleIntervalMs = m_settings.trickleIntervalMs;
    }
}

} // namespace Sandbox
