#include "braze/brazeclient.h"

#include "braze/log/requestlogmodel.h"
#include "braze/network/networkworker.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>

namespace Braze {

namespace {

// Call ids are unique across clients and runs: a "Send again" links its entry to the original
// by id, also to entries read back from the log file of an earlier run. Starting from the clock
// (in thousandths of a millisecond) keeps a new run's ids above every earlier one.
quint64 nextCallId()
{
    static std::atomic<quint64> next{quint64(QDateTime::currentMSecsSinceEpoch()) * 1000};
    return next++;
}

} // namespace

BrazeClient::BrazeClient(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_workspaceLabel(config.workspaceLabel)
    , m_baseUrl(config.baseUrl)
    , m_thread(new QThread(this))
    , m_worker(new NetworkWorker(config))
{
    qRegisterMetaType<Braze::ApiResult>();
    qRegisterMetaType<Braze::ApiError>();
    qRegisterMetaType<Braze::RequestLogEntry>();
    m_thread->setObjectName(QStringLiteral("braze-network: ") + config.workspaceLabel);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &NetworkWorker::attemptStarted, this, [this](quint64 id, int attempt) {
        if (RequestHandle *handle = handleFor(id))
            handle->onAttemptStarted(attempt);
    });
    connect(m_worker, &NetworkWorker::waitingForRateLimit, this, [this](quint64 id, int seconds) {
        if (RequestHandle *handle = handleFor(id))
            handle->onWaiting(seconds);
    });
    connect(m_worker, &NetworkWorker::retryScheduled, this, [this](quint64 id, int attempt, int delayMs) {
        if (RequestHandle *handle = handleFor(id))
            handle->onRetryScheduled(attempt, delayMs);
    });
    connect(m_worker, &NetworkWorker::callFinished, this, [this](quint64 id, const ApiResult &result) {
        if (RequestHandle *handle = handleFor(id))
            handle->onFinished(result);
        m_handles.remove(id);
    });
    connect(m_worker, &NetworkWorker::exchangeRecorded, this, [this](const RequestLogEntry &entry) {
        if (m_log)
            m_log->append(entry);
        emit exchangeRecorded(entry);
    });
    m_thread->start();
}

BrazeClient::~BrazeClient()
{
    m_thread->quit();
    m_thread->wait();
}

void BrazeClient::setRequestLog(RequestLogModel *log)
{
    m_log = log;
}

RequestHandle *BrazeClient::handleFor(quint64 callId) const
{
    return m_handles.value(callId).data();
}

RequestHandle *BrazeClient::failValidation(Endpoint endpoint, const ValidationIssues &issues)
{
    auto *handle = new RequestHandle(nextCallId(), endpoint, {}, this);
    ApiResult result;
    result.endpoint = endpoint;
    result.error.kind = ApiError::Kind::Validation;
    result.error.message = issues.size() == 1
        ? tr("The request was not sent: %1").arg(issues.first().message)
        : tr("The request was not sent: %n problem(s) to correct.", nullptr, int(issues.size()));
    result.error.hint = tr("Correct the fields named and try again; nothing was sent to Braze.");
    result.error.issues = issues;
    // Deliver from the event loop, like a real answer, so callers can connect first.
    QTimer::singleShot(0, handle, [handle, result] { handle->onFinished(result); });
    return handle;
}

RequestHandle *BrazeClient::send(const PreparedRequest &prepared)
{
    if (!prepared.issues.isEmpty())
        return failValidation(prepared.request.endpoint, prepared.issues);
    const quint64 id = nextCallId();
    QPointer<NetworkWorker> worker = m_worker;
    auto *handle = new RequestHandle(id, prepared.request.endpoint, [worker](quint64 callId) {
        if (worker)
            QMetaObject::invokeMethod(worker, [worker, callId] { worker->cancel(callId); }, Qt::QueuedConnection);
    }, this);
    m_handles.insert(id, handle);
    const ApiRequest request = prepared.request;
    QMetaObject::invokeMethod(m_worker, [worker, id, request] {
        if (worker)
            worker->submit(id, request);
    }, Qt::QueuedConnection);
    return handle;
}

ValidationIssues BrazeClient::rawCallProblems(const QByteArray &method, const QString &pathAndQuery, const QByteArray &jsonBody)
{
    ValidationIssues issues;
    static const QByteArrayList methods{"GET", "POST", "PUT", "PATCH", "DELETE"};
    if (!methods.contains(method.toUpper()))
        issues.append({QStringLiteral("method"), tr("“%1” is not a method the console sends; use GET, POST, PUT, PATCH or DELETE.").arg(QString::fromLatin1(method))});
    if (!pathAndQuery.startsWith(QLatin1Char('/')) || pathAndQuery.contains(QLatin1String("://")))
        issues.append({QStringLiteral("path"), tr("The path must start with “/”, e.g. /users/track; the endpoint is set separately.")});
    if (!jsonBody.trimmed().isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(jsonBody, &error);
        if (error.error != QJsonParseError::NoError)
            issues.append({QStringLiteral("body"), tr("The body is not valid JSON: %1 at character %2.").arg(error.errorString()).arg(error.offset)});
    }
    if (method.toUpper() == "GET" && !jsonBody.trimmed().isEmpty())
        issues.append({QStringLiteral("body"), tr("A GET call sends no body; put the parameters in the query string.")});
    return issues;
}

ValidationIssues BrazeClient::externalCallProblems(const QByteArray &method, const QUrl &url)
{
    ValidationIssues issues = rawCallProblems(method, QStringLiteral("/"), {});
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        issues.append({QStringLiteral("url"), tr("“%1” is not a web address; it must start with https:// and name a host.").arg(url.toString())});
    return issues;
}

RequestHandle *BrazeClient::rawCall(const QByteArray &method, const QString &pathAndQuery, const QByteArray &jsonBody,
                                    const RequestOrigin &origin)
{
    PreparedRequest prepared;
    prepared.request.origin = origin;
    prepared.issues = rawCallProblems(method, pathAndQuery, jsonBody);
    const QString path = pathAndQuery.section(QLatin1Char('?'), 0, 0);
    prepared.request.method = method.toUpper();
    prepared.request.path = path;
    prepared.request.query = QUrlQuery(pathAndQuery.section(QLatin1Char('?'), 1));
    prepared.request.endpoint = endpointFor(prepared.request.method, path).id;
    if (!jsonBody.trimmed().isEmpty()) {
        prepared.request.body = jsonBody;
        prepared.request.contentType = "application/json";
    }
    return send(prepared);
}

RequestHandle *BrazeClient::externalCall(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                         const QList<RequestHeader> &headers, const RequestOrigin &origin)
{
    PreparedRequest prepared;
    prepared.request.origin = origin;
    prepared.issues = externalCallProblems(method, url);
    prepared.request.method = method.toUpper();
    prepared.request.absoluteUrl = url;
    prepared.request.body = body;
    prepared.request.headers = headers;
    prepared.request.expectJson = false;
    // Like Braze, infer a Content-Type from the body when the caller names none.
    const bool typed = std::any_of(headers.cbegin(), headers.cend(), [](const RequestHeader &header) {
        return header.name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    });
    if (!typed && !body.isEmpty())
        prepared.request.contentType = QJsonDocument::fromJson(body).isNull() ? "text/plain; charset=utf-8" : "application/json";
    return send(prepared);
}

} // namespace Braze
