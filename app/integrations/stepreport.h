#pragma once

#include "integrations/stepresult.h"

#include <QCoreApplication>

namespace Integrations {

// A step's result as readable text for the details pane: what happened, what to do, each
// check, and every request with its response (JSON pretty-printed, already redacted: the
// key never appears in a step's exchanges, only in the Authorization header).
class StepReport
{
    Q_DECLARE_TR_FUNCTIONS(StepReport)

public:
    static QString text(const QString &title, const StepResult &result);
    static QString prettyBody(const QByteArray &body);
};

} // namespace Integrations
