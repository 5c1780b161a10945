#include "sandbox/sandboxserver.h"

#include "sandbox/controlapi.h"
#include "sandbox/demoseed.h"
#include "sandbox/endpointfamilies.h"
#include "sandbox/statefile.h"
#include "sandbox/statefilelock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Sandbox {

namespace {
constexpr int SaveDebounceMs = 300;

// "Bearer KEY" with any capitalisation of the scheme; the key itself exactly as sent.
QString bearerKey(const QByteArray &authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.size() > 7 && trimmed.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return QString::fromUtf8(trimmed.mid(7).trimmed());
    return {};
}
}

SandboxServer::SandboxServer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_config(options.config)
    , m_control(new ControlApi(*this))
    , m_seed(options.seed)
    , m_statePath(options.statePath)
{
    m_faults.setSettings(options.faults);
    EndpointFamilies::registerAll(m_endpoints);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDebounceMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveNow(&error))
            emit stateSaveFailed(error);
    });
    if (!m_statePath.isEmpty()) {
        m_lock = std::make_unique<StateFileLock>(m_statePath);
        if (!m_lock->acquire(options.lockWaitMs, &m_error)) {
            m_lock.reset();
            m_statePath.clear();   // never write over the file of the sandbox that holds it
            return;
        }
    }
    if (!m_statePath.isEmpty() && QFileInfo::exists(m_statePath)) {
        QJsonObject savedConfig;
        auto loaded = StateFile::load(m_statePath, &m_error, &savedConfig);
        if (loaded)
            m_state = std::move(*loaded);
        // Written by this program; a value it no longer accepts leaves the defaults in place.
        if (const QString error = m_config.apply(savedConfig); !error.isEmpty())
            qWarning("Sandbox: the settings saved in %s were not applied: %s", qUtf8Printable(m_statePath), qUtf8Printable(error));
    } else {
        m_state = seeded(m_seed);
    }
    if (const QString error = m_config.apply(options.configOverrides); !error.isEmpty())
        m_error = error;
}

SandboxServer::~SandboxServer()
{
    if (m_saveTimer.isActive())
        saveNow();
    delete m_control;
}

SandboxState SandboxServer::seeded(const QString &seed) const
{
    return seed == QLatin1String("empty") ? DemoSeed::empty() : DemoSeed::demo(QDateTime::currentMSecsSinceEpoch());
}

void SandboxServer::reset(const QString &seed)
{
    m_seed = seed;
    m_state = seeded(seed);
    m_rateLimiter.reset();
    m_faults.setSettings({});
    m_log.clear();
#if defined(__GLIBC__)
    // glibc keeps the freed heap of a large state mapped; after a load test the reset should
    // shrink the process, not only empty it.
    malloc_trim(0);
#endif
    stateChanged();
}

void SandboxServer::replaceState(SandboxState state)
{
    m_state = std::move(state);
    stateChanged();
}

void SandboxServer::stateChanged()
{
    if (!m_statePath.isEmpty() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

bool SandboxServer::saveNow(QString *error)
{
    m_saveTimer.stop();
    if (m_statePath.isEmpty())
        return true;
    QString message;
    const bool ok = StateFile::save(m_statePath, m_state, m_config, &message);
    if (error)
        *error = message;
    return ok;
}

void SandboxServer::announce(const QUrl &baseUrl)
{
    if (m_lock)
        m_lock->announce(baseUrl);
}

void SandboxServer::post(const QUrl &url, const QJsonObject &json)
{
    // Braze posts from its own servers, after answering; so does the sandbox (fire and forget,
    // the receiver's answer only goes to the request log of whoever receives it).
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->post(request, QJsonDocument(json).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

SandboxReply SandboxServer::handle(const SandboxRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    QString keyName;
    QString note;
    SandboxReply reply;
    if (request.path == QLatin1String("/_sandbox") || request.path.startsWith(QLatin1String("/_sandbox/")))
        reply = m_control->handle(request, &note);
    else
        reply = handleApi(request, &keyName, &note);
    const ReceivedRequestLog::Entry entry = m_log.record(request, reply, keyName, note, startedMs, timer.nsecsElapsed() / 1000);
    emit requestHandled(entry.line);
    return reply;
}

void SandboxServer::addRateHeaders(SandboxReply &reply, const RateLimiter::Decision &decision) const
{
    if (decision.limit == 0)
        return;
    // A 429 storm sets its own values; keep them.
    bool hasRemaining = false;
    for (const auto &h : reply.headers)
        hasRemaining = hasRemaining || h.first == "X-RateLimit-Remaining";
    reply.setHeader("X-RateLimit-Limit", QByteArray::number(decision.limit));
    if (!hasRemaining) {
        reply.setHeader("X-RateLimit-Remaining", QByteArray::number(decision.remaining));
        reply.setHeader("X-RateLimit-Reset", QByteArray::number(decision.resetEpochSeconds));
    }
}

SandboxReply SandboxServer::handleApi(const SandboxRequest &request, QString *keyName, QString *note)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const EndpointTable::Match route = m_endpoints.find(request.method, request.path);
    const EndpointDefinition *endpoint = route.endpoint;
    if (!endpoint) {
        SandboxReply reply = SandboxReply::message(404, QStringLiteral("Not Found"));
        addRateHeaders(reply, m_rateLimiter.take(QLatin1String(RateLimiter::Default), nowMs, m_config.rateScale, false));
        return reply;
    }

    // Parse the body first: the legacy api_key may live in it.
    QJsonObject body;
    QString bodyError;
    if (request.body.size() > m_config.maxBodyBytes) {
        bodyError = QStringLiteral("Payload Too Large");
    } else if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            bodyError = QStringLiteral("Bad Request: the request body is not a valid JSON object.");
        else
            body = doc.object();
    }

    const bool broadcast = endpoint->broadcastAware && body.value(QLatin1String("broadcast")).toBool();
    const QString bucket = broadcast ? QLatin1String(RateLimiter::Broadcast) : endpoint->rateBucket;
    const RateLimiter::Decision peek = m_rateLimiter.take(bucket, nowMs, m_config.rateScale, false);

    const FaultInjector::Fault fault = m_faults.pick();
    if (FaultInjector::replacesHandler(fault)) {
        *note = QStringLiteral("fault: ") + FaultInjector::name(fault);
        SandboxReply reply = m_faults.replacementReply(fault, nowMs);
        // An HTML page comes from the edge in front of Braze, which never reached the API and
        // so sends none of its rate-limit headers.
        if (fault != FaultInjector::Fault::Html)
            addRateHeaders(reply, peek);
        return reply;
    }

    const auto finish = [&](SandboxReply reply, const RateLimiter::Decision &decision) {
        addRateHeaders(reply, decision);
        m_faults.shapeDelivery(fault, reply);
        if (fault != FaultInjector::Fault::None)
            *note = QStringLiteral("fault: ") + FaultInjector::name(fault);
        return reply;
    };

    // 1. Which key? Bearer header, else (legacy) api_key in the query or body.
    QString key = bearerKey(request.header("authorization"));
    if (key.isEmpty() && m_config.acceptLegacyApiKey) {
        key = request.queryValue(QStringLiteral("api_key"));
        if (key.isEmpty())
            key = body.value(QLatin1String("api_key")).toString();
        if (!key.isEmpty())
            *note = QStringLiteral("legacy api_key parameter");
    }
    const ApiKey *apiKey = key.isEmpty() ? nullptr : m_state.keys.find(key);
    if (!apiKey || apiKey->revoked)
        return finish(SandboxReply::message(401, QStringLiteral("Unauthorized")), peek);
    *keyName = apiKey->name;
    if (!apiKey->allowsAddress(request.peer)) {
        return finish(SandboxReply::message(401, QStringLiteral("Unauthorized: this API key may not be used from IP address %1.")
                                                     .arg(request.peer.toString())), peek);
    }
    // 2. May this key call this endpoint?
    if (!apiKey->permissions.contains(endpoint->permission)) {
        SandboxReply reply = SandboxReply::json(403, {{QStringLiteral("message"), QStringLiteral("Access Denied")},
                                                      {QStringLiteral("missing_permission"), endpoint->permission}});
        return finish(reply, peek);
    }
    // 3. Within the rate limit? Broadcasts also count against their unique audience (same
    // campaign, segment and audience object), 10 per minute.
    if (broadcast) {
        const QString audience = QLatin1String(RateLimiter::BroadcastAudience) + body.value(QLatin1String("campaign_id")).toString()
            + QLatin1Char('|') + body.value(QLatin1String("segment_id")).toString() + QLatin1Char('|')
            + QString::fromUtf8(QJsonDocument(body.value(QLatin1String("audience")).toObject()).toJson(QJsonDocument::Compact));
        const RateLimiter::Decision perAudience = m_rateLimiter.take(audience, nowMs, m_config.rateScale, false);
        if (!perAudience.allowed)
            return finish(SandboxReply::message(429, QStringLiteral("Rate Limited")), perAudience);
        if (peek.allowed)
            m_rateLimiter.take(audience, nowMs, m_config.rateScale, true);
    }
    const RateLimiter::Decision decision = m_rateLimiter.take(bucket, nowMs, m_config.rateScale, true);
    if (!decision.allowed)
        return finish(SandboxReply::message(429, QStringLiteral("Rate Limited")), decision);
    // 4. A body Braze cannot read.
    if (!bodyError.isEmpty())
        return finish(SandboxReply::message(bodyError.startsWith(QLatin1String("Payload")) ? 413 : 400, bodyError), decision);

    m_state.settle(nowMs);
    ApiCall call{request, body, m_state, m_config, nowMs, false, route.params, {}};
    SandboxReply reply = endpoint->handle(call);
    if (call.stateChanged)
        stateChanged();
    for (const Postback &postback : std::as_const(call.postbacks)) {
        if (postback.delayMs > 0)
            QTimer::singleShot(postback.delayMs, this, [this, postback] { post(postback.url, postback.json); });
        else
            post(postback.url, postback.json);
    }
    return finish(std::move(reply), decision);
}

} // namespace Sandbox
