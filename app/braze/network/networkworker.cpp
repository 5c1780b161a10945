#include "braze/network/networkworker.h"

#include "braze/network/errorclassifier.h"
#include "braze/network/sendoncebody.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace Braze {

namespace {

QUrl urlFor(const ClientConfig &config, const ApiRequest &request)
{
    QUrl url = request.absoluteUrl;
    if (url.isEmpty()) {
        url = config.baseUrl;
        QString base = url.path();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url.setPath(base + request.path);
    }
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

} // namespace

NetworkWorker::NetworkWorker(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_pumpTimer(new QTimer(this))
{
    m_redactor.setApiKey(config.apiKey.toUtf8());
    m_pumpTimer->setSingleShot(true);
    m_pumpTimer->setTimerType(Qt::PreciseTimer);
    m_monotonic.start();
    connect(m_pumpTimer, &QTimer::timeout, this, &NetworkWorker::pump);
}

NetworkWorker::~NetworkWorker()
{
    for (auto &[id, job] : m_jobs) {
        if (job.reply) {
            job.reply->disconnect(this);
            job.reply->abort();
        }
    }
}

QNetworkAccessManager *NetworkWorker::manager()
{
    // Created on first use so that it belongs to the worker thread.
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return m_manager;
}

QNetworkAccessManager *NetworkWorker::writeManager()
{
    // Writes never share the reads' pool of kept-alive connections.
    if (!m_writeManager) {
        m_writeManager = new QNetworkAccessManager(this);
        m_writeManager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return m_writeManager;
}

void NetworkWorker::submit(quint64 callId, const ApiRequest &request)
{
    Job job;
    job.id = callId;
    job.request = request;
    job.info = &(request.endpoint == Endpoint::Raw && request.absoluteUrl.isEmpty()
                     ? endpointFor(request.method, request.path)
                     : endpointInfo(request.endpoint));
    job.url = urlFor(m_config, request);
    job.host = job.url.host() + QLatin1Char(':') + QString::number(job.url.port(job.url.scheme() == QLatin1String("https") ? 443 : 80));
    job.sinceSubmit.start();
    for (const RequestHeader &header : request.headers) {
        if (header.secret)
            m_redactor.addSecret(header.value);
    }
    m_jobs.emplace(callId, std::move(job));
    m_queue.append(callId);
    pump();
}

void NetworkWorker::cancel(quint64 callId)
{
    const auto it = m_jobs.find(callId);
    if (it == m_jobs.end())
        return;
    Job &job = it->second;
    job.cancelled = true;
    if (job.reply) {
        job.reply->abort(); // onReplyFinished ends the call
        return;
    }
    m_queue.removeAll(callId);
    ApiResult result;
    result.endpoint = job.info->id;
    result.attempts = job.attempt;
    ExchangeFacts facts;
    facts.cancelled = true;
    result.error = classifyExchange(facts);
    finish(callId, result);
}

void NetworkWorker::pump()
{
    const qint64 now = m_monotonic.elapsed();
    qint64 nextWake = std::numeric_limits<qint64>::max();
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        Job &job = m_jobs.at(*it);
        if (m_inFlightPerHost.value(job.host) >= m_config.options.maxConcurrentPerHost) {
            ++it;
            continue;
        }
        qint64 wait = job.notBeforeMs - now;
        if (wait <= 0 && m_config.options.paceByDocumentedLimits)
            wait = m_pacer.delayBeforeNext(job.info->rateLimit, wallNowMs());
        if (wait > 0) {
            // Tell the caller about waits a person would notice, once per wait.
            if (wait >= 1000 && job.announcedWaitUntilMs < now + wait - 500) {
                job.announcedWaitUntilMs = now + wait;
                emit waitingForRateLimit(job.id, int((wait + 999) / 1000));
            }
            nextWake = std::min(nextWake, wait);
            ++it;
            continue;
        }
        it = m_queue.erase(it);
        startAttempt(job);
    }
    if (nextWake != std::numeric_limits<qint64>::max())
        m_pumpTimer->start(int(std::min<qint64>(nextWake, std::numeric_limits<int>::max())));
}

QString NetworkWorker::headerProblem(const Job &job) const
{
    // Qt sends a raw header value as it is: a line break in a key would start a header of the
    // attacker's choosing ("bad key\nInjected: 1"). Nothing with control characters is sent.
    const auto hasControl = [](const QByteArray &value) {
        return std::any_of(value.begin(), value.end(), [](char c) { return uchar(c) < 0x20 || uchar(c) == 0x7f; });
    };
    if (job.request.absoluteUrl.isEmpty() && hasControl(m_config.apiKey.toUtf8()))
        return tr("The API key contains a line break or another control character, so it was not sent. Copy the key again from Braze.");
    for (const RequestHeader &header : job.request.headers) {
        if (hasControl(header.name) || hasControl(header.value))
            return tr("The header “%1” contains a line break or another control character, so the request was not sent.")
                .arg(QString::fromUtf8(header.name).simplified());
    }
    return {};
}

void NetworkWorker::startAttempt(Job &job)
{
    if (const QString problem = headerProblem(job); !problem.isEmpty()) {
        ApiResult result;
        result.endpoint = job.info->id;
        result.error.kind = ApiError::Kind::Validation;
        result.error.message = problem;
        finish(job.id, result);
        return;
    }
    ++job.attempt;
    job.received.clear();
    job.timedOut = false;
    job.tooLarge = false;

    QNetworkRequest request(job.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("braze-console/" CONSOLE_VERSION));
    job.sentHeaders.clear();
    if (job.request.absoluteUrl.isEmpty()) {
        // The key goes only in this header (never in the URL or the body, braze-api.md §2).
        const QByteArray authorization = "Bearer " + m_config.apiKey.toUtf8();
        request.setRawHeader("Authorization", authorization);
        job.sentHeaders.append({"Authorization", authorization});
    }
    if (!job.request.contentType.isEmpty()) {
        request.setRawHeader("Content-Type", job.request.contentType);
        job.sentHeaders.append({"Content-Type", job.request.contentType});
    }
    for (const RequestHeader &header : job.request.headers) {
        request.setRawHeader(header.name, header.value);
        job.sentHeaders.append({header.name, header.value});
    }

    const QByteArray method = job.request.method.toUpper();
    QNetworkReply *reply = nullptr;
    if (method == "GET" && job.request.body.isEmpty()) {
        reply = manager()->get(request);
    } else if (job.info->safeToRepeat) {
        reply = manager()->sendCustomRequest(request, method, job.request.body);
    } else {
        // A write goes out at most once: on a connection of its own (no idle keep-alive connection
        // the server may close under it), with a body Qt cannot rewind to send it again.
        request.setRawHeader("Connection", "close");
        request.setHeader(QNetworkRequest::ContentLengthHeader, job.request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new SendOnceBody(job.request.body, nullptr);
        reply = writeManager()->sendCustomRequest(request, method, body);
        body->setParent(reply);
    }
    job.reply = reply;
    m_inFlightPerHost[job.host] += 1;
    m_pacer.recordSent(job.info->rateLimit, wallNowMs());
    job.attemptStart = QDateTime::currentDateTimeUtc();
    job.attemptClock.start();

    const quint64 id = job.id;
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReplyData(id); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { onReplyData(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    // No sslErrors handler: TLS errors abort the request, they are never ignored.

    if (!job.timeout) {
        job.timeout = new QTimer(this);
        job.timeout->setSingleShot(true);
        connect(job.timeout, &QTimer::timeout, this, [this, id] {
            const auto it = m_jobs.find(id);
            if (it != m_jobs.end() && it->second.reply) {
                it->second.timedOut = true;
                it->second.reply->abort();
            }
        });
    }
    job.timeout->start(job.request.timeoutMs > 0 ? job.request.timeoutMs : m_config.options.timeoutMs);
    emit attemptStarted(id, job.attempt);
}

void NetworkWorker::onReplyData(quint64 callId)
{
    const auto it = m_jobs.find(callId);
    if (it == m_jobs.end() || !it->second.reply)
        return;
    Job &job = it->second;
    const qint64 cap = m_config.options.maxResponseBytes;
    const qint64 announced = job.reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    job.received += job.reply->readAll();
    if (announced > cap || job.received.size() > cap) {
        job.tooLarge = true;
        job.received.clear();
        job.reply->abort();
    }
}

void NetworkWorker::onReplyFinished(quint64 callId)
{
    const auto it = m_jobs.find(callId);
    if (it == m_jobs.end() || !it->second.reply)
        return;
    Job &job = it->second;
    QNetworkReply *reply = job.reply;
    job.reply = nullptr;
    job.timeout->stop();
    m_inFlightPerHost[job.host] -= 1;
    // An aborted reply (timeout, cancellation, size cap) is closed: what arrived was read as it came.
    if (!job.tooLarge && reply->isOpen())
        job.received += reply->readAll();

    ApiResult result;
    result.endpoint = job.info->id;
    result.attempts = job.attempt;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    result.body = job.received;
    result.json = QJsonDocument::fromJson(result.body);
    result.rateLimit = RateLimitInfo::fromHeaders(result.headers);

    ExchangeFacts facts;
    facts.httpStatus = result.httpStatus;
    facts.networkError = reply->error();
    facts.networkErrorText = reply->errorString();
    facts.body = result.body;
    facts.timedOut = job.timedOut;
    facts.tooLarge = job.tooLarge;
    facts.cancelled = job.cancelled;
    bool lengthKnown = false;
    const qint64 announced = reply->rawHeader("Content-Length").toLongLong(&lengthKnown);
    const QByteArray encoding = reply->rawHeader("Content-Encoding").toLower();
    const bool decoded = !encoding.isEmpty() && encoding != "identity"; // Qt inflates gzip: lengths differ
    facts.truncated = lengthKnown && !decoded && !job.tooLarge && result.body.size() < announced;
    facts.expectJson = job.request.expectJson;
    // No peer certificate: the TLS handshake never finished. (ConnectionEncryptedAttribute
    // cannot tell: Qt reported it true for such a failed handshake.)
    facts.tlsNotEstablished = job.url.scheme() == QLatin1String("https") && result.httpStatus == 0
        && reply->sslConfiguration().peerCertificate().isNull();
    facts.permission = job.info->permission;
    facts.host = job.url.host();
    facts.path = job.url.path();
    facts.timeoutSeconds = (job.request.timeoutMs > 0 ? job.request.timeoutMs : m_config.options.timeoutMs) / 1000;
    facts.maxResponseBytes = m_config.options.maxResponseBytes;
    result.error = classifyExchange(facts);
    reply->deleteLater();

    m_pacer.recordResponse(job.info->rateLimit, result.rateLimit, wallNowMs());
    record(job, result);
    decide(job, result);
    pump();
}

void NetworkWorker::decide(Job &job, ApiResult &result)
{
    const ApiError::Kind kind = result.error.kind;
    const qint64 now = m_monotonic.elapsed();
    if (kind == ApiError::Kind::RateLimited && job.rateLimitRetries < m_config.options.maxRateLimitRetries) {
        int seconds = result.rateLimit.secondsUntilReset(wallNowMs());
        if (seconds < 0)
            seconds = std::max(1, backoffMs(job.rateLimitRetries) / 1000);
        if (seconds <= m_config.options.maxRateLimitWaitSeconds) {
            ++job.rateLimitRetries;
            job.notBeforeMs = now + qint64(seconds) * 1000;
            job.announcedWaitUntilMs = job.notBeforeMs;
            m_pacer.blockUntil(job.info->rateLimit, wallNowMs() + qint64(seconds) * 1000);
            m_queue.prepend(job.id);
            emit waitingForRateLimit(job.id, seconds);
            return;
        }
    }
    const bool repeatable = job.info->safeToRepeat || job.request.retryEvenIfUnsafe || neverReachedServer(kind);
    if (!job.cancelled && isTransient(kind) && repeatable && job.transientRetries < m_config.options.maxRetries) {
        const int delay = backoffMs(job.transientRetries);
        ++job.transientRetries;
        job.notBeforeMs = now + delay;
        job.announcedWaitUntilMs = job.notBeforeMs; // a backoff is not a rate-limit wait
        m_queue.prepend(job.id);
        emit retryScheduled(job.id, job.attempt + 1, delay);
        return;
    }
    finish(job.id, result);
}

qint64 NetworkWorker::wallNowMs() const
{
    // Braze's rate-limit windows are wall-clock windows (X-RateLimit-Reset is a Unix time), so the
    // pacer works on the wall clock; waits before an attempt are durations and use the monotonic
    // clock (m_monotonic), so that changing the computer's time neither cuts nor stretches them.
    return m_config.options.wallClockMs ? m_config.options.wallClockMs() : QDateTime::currentMSecsSinceEpoch();
}

int NetworkWorker::backoffMs(int retry) const
{
    // Exponential backoff with "equal jitter": half fixed, half random, so that many clients
    // that failed together do not come back together.
    const qint64 ceiling = std::min<qint64>(m_config.options.backoffMaxMs, qint64(m_config.options.backoffBaseMs) << std::min(retry, 20));
    const qint64 half = std::max<qint64>(1, ceiling / 2);
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

void NetworkWorker::finish(quint64 callId, ApiResult result)
{
    const auto it = m_jobs.find(callId);
    if (it == m_jobs.end())
        return;
    result.durationMs = it->second.sinceSubmit.elapsed();
    delete it->second.timeout;
    m_jobs.erase(it);
    emit callFinished(callId, result);
}

void NetworkWorker::record(const Job &job, const ApiResult &result)
{
    const auto shortened = [this](const QByteArray &body) {
        QByteArray text = m_redactor.redact(body);
        if (text.size() > m_config.options.logBodyLimitBytes)
            text = text.left(m_config.options.logBodyLimitBytes) + "\n… " + QCoreApplication::translate("RequestLog", "(shortened in the log)").toUtf8();
        return text;
    };
    QByteArrayList secretNames;
    for (const RequestHeader &header : job.request.headers) {
        if (header.secret)
            secretNames.append(header.name);
    }
    RequestLogEntry entry;
    entry.callId = job.id;
    entry.attempt = job.attempt;
    entry.time = job.attemptStart;
    entry.workspace = m_config.workspaceLabel;
    entry.endpoint = job.info->id;
    entry.method = job.request.method.toUpper();
    entry.url = m_redactor.redact(job.url.toString(QUrl::FullyEncoded));
    entry.httpStatus = result.httpStatus;
    entry.outcome = result.error.message;
    entry.durationMs = job.attemptClock.elapsed();
    entry.rateLimit = result.rateLimit;
    entry.requestHeaders = m_redactor.redactHeaders(job.sentHeaders, secretNames);
    entry.requestBody = shortened(job.request.body);
    entry.responseHeaders = m_redactor.redactHeaders(result.headers, {});
    entry.responseBody = shortened(result.body);
    entry.carriesApiKey = job.request.absoluteUrl.isEmpty();
    entry.origin = job.request.origin;
    emit exchangeRecorded(entry);
}

} // namespace Braze
