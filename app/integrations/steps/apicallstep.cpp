#include "integrations/steps/apicallstep.h"

#include "braze/brazeclient.h"
#include "braze/requesthandle.h"

#include <QTimer>

namespace Integrations {

ApiCallStep::ApiCallStep(Builder build, Reader read, QObject *parent)
    : Step(parent)
    , m_build(std::move(build))
    , m_read(std::move(read))
{
}

StepExchange ApiCallStep::exchangeOf(quint64 callId, const Braze::ApiRequest &request, const Braze::ApiResult &result)
{
    StepExchange e;
    e.callId = callId;
    e.endpoint = request.endpoint;
    e.method = request.method;
    e.pathAndQuery = request.path;
    if (!request.query.isEmpty())
        e.pathAndQuery += QLatin1Char('?') + request.query.toString(QUrl::FullyEncoded);
    e.requestBody = request.body;
    e.httpStatus = result.httpStatus;
    e.responseBody = result.body;
    e.durationMs = result.durationMs;
    return e;
}

void ApiCallStep::start(const StepContext &context)
{
    QString problem;
    Braze::PreparedRequest prepared = m_build(context.args, &problem);
    prepared.request.origin = context.environment.origin;
    if (problem.isEmpty() && !prepared.issues.isEmpty())
        problem = prepared.issues.first().message;
    if (!problem.isEmpty() || !context.environment.client) {
        if (problem.isEmpty())
            problem = tr("No connection to Braze is set up for this workspace.");
        const StepResult result = StepResult::failed(problem, tr("Correct the value in the workflow's parameters or the partner's settings."));
        QTimer::singleShot(0, this, [this, result] { finishWith(result); });
        return;
    }
    const QJsonObject args = context.args;
    m_handle = context.environment.client->send(prepared);
    const quint64 callId = m_handle->callId();
    connect(m_handle, &Braze::RequestHandle::waitingForRateLimit, this, [this](int seconds) {
        emit progress(tr("Braze's rate limit is reached: retrying in %n s", nullptr, seconds));
    });
    connect(m_handle, &Braze::RequestHandle::retryScheduled, this, [this](int attempt, int delayMs) {
        emit progress(tr("Attempt %1 failed; trying again in %2 s").arg(attempt).arg((delayMs + 999) / 1000));
    });
    connect(m_handle, &Braze::RequestHandle::finished, this, [this, prepared, callId, args](const Braze::ApiResult &apiResult) {
        const StepExchange exchange = exchangeOf(callId, prepared.request, apiResult);
        emit exchangeRecorded(exchange);
        StepResult result;
        if (apiResult.error.kind == Braze::ApiError::Kind::Cancelled) {
            result.status = StepResult::Status::Cancelled;
            result.summary = tr("Cancelled.");
        } else if (!apiResult.succeeded()) {
            result = StepResult::failed(apiResult.error.message, apiResult.error.hint);
            if (!apiResult.error.detail.isEmpty() && !apiResult.error.message.contains(apiResult.error.detail))
                result.summary += QStringLiteral(" (%1)").arg(apiResult.error.detail);
        } else {
            result = m_read(apiResult, args);
        }
        result.exchanges.prepend(exchange);
        finishWith(result);
    });
}

void ApiCallStep::cancel()
{
    if (m_handle) {
        m_handle->cancel();
        return;
    }
    StepResult result;
    result.status = StepResult::Status::Cancelled;
    finishWith(result);
}

void ApiCallStep::finishWith(const StepResult &result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
}

} // namespace Integrations
