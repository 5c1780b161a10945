#pragma once

#include "integrations/step.h"

#include "braze/apirequest.h"
#include "braze/apiresult.h"

#include <QPointer>
#include <functional>

namespace Braze {
class RequestHandle;
}

namespace Integrations {

// A step that makes one Braze call: `build` turns the arguments into a typed request (or says
// why it cannot), `read` turns Braze's answer into the step's result. Waiting for a rate limit
// shows as progress; a failed call fails the step with the network layer's message and hint.
class ApiCallStep : public Step
{
    Q_OBJECT

public:
    using Builder = std::function<Braze::PreparedRequest(const QJsonObject &args, QString *problem)>;
    using Reader = std::function<StepResult(const Braze::ApiResult &result, const QJsonObject &args)>;

    ApiCallStep(Builder build, Reader read, QObject *parent = nullptr);

    void start(const StepContext &context) override;
    void cancel() override;

    // The exchange record of a prepared request and its result.
    static StepExchange exchangeOf(quint64 callId, const Braze::ApiRequest &request, const Braze::ApiResult &result);

private:
    void finishWith(const StepResult &result);

    Builder m_build;
    Reader m_read;
    QPointer<Braze::RequestHandle> m_handle;
    bool m_done = false;
};

} // namespace Integrations
