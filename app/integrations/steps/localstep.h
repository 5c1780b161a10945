#pragma once

#include "integrations/step.h"

#include <functional>

namespace Integrations {

// A step that needs no network: it computes its result from its arguments (a branch, an
// attribute name, a comparison). The result is reported from the event loop, like every step.
class LocalStep : public Step
{
    Q_OBJECT

public:
    using Function = std::function<StepResult(const StepContext &context)>;

    explicit LocalStep(Function function, QObject *parent = nullptr);

    void start(const StepContext &context) override;
    void cancel() override;

private:
    Function m_function;
    bool m_done = false;
};

} // namespace Integrations
