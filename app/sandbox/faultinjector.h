#pragma once

#include "sandbox/sandboxreply.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

namespace Sandbox {

// Misbehaviour on demand, so the console's error handling can be rehearsed offline. Each kind
// has a share (0..1) of API requests it hits; shares are tried in the order of the enum and at
// most one kind hits a request. Latency applies to every API answer.
class FaultInjector
{
public:
    enum class Fault { None, ServerError, RateLimitStorm, Drop, Html, Truncate, Trickle };

    struct Settings
    {
        int latencyMs = 0;
        double serverErrorRate = 0;
        int serverErrorStatus = 503;
        double rateLimitRate = 0;
        double dropRate = 0;
        double htmlRate = 0;
        double truncateRate = 0;
        double trickleRate = 0;
        int trickleChunkBytes = 16;
        int trickleIntervalMs = 50;
    };

    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings) { m_settings = settings; }
    QJsonObject toJson() const;
    // Applies the keys present in `object`; returns an error text for a bad value, else empty.
    QString apply(const QJsonObject &object);

    Fault pick();
    static QString name(Fault fault);
    // A fault that answers instead of the endpoint (nothing is applied, as with real 5xx/429).
    static bool replacesHandler(Fault fault);
    SandboxReply replacementReply(Fault fault, qint64 nowMs) const;
    // Truncate/trickle/latency change only how the endpoint's answer is delivered.
    void shapeDelivery(Fault fault, SandboxReply &reply) const;

private:
    Settings m_settings;
    QRandomGenerator m_random{4242};
};

} // namespace Sandbox
