#pragma once

#include "liquid/braze/connectedcontent.h"
#include "liquid/braze/sendevent.h"
#include "liquid/diagnostic.h"

#include <QStringList>

namespace Liquid {

// Everything one render produced. `errors` holds render errors (also shown inline as
// "Liquid error: ..." in the output, as Shopify does) and limit violations.
struct RenderResult
{
    QString output;
    QList<Diagnostic> errors;
    bool aborted = false;          // {% abort_message %} ran: Braze would not send
    QString abortMessage;
    QStringList undefinedVariables; // paths looked up and not found, in first-use order
    QList<ConnectedContentCall> connectedContent;
    QList<Diagnostic> warnings;          // found while rendering (a missing catalog item, a duplicate extra…)
    QList<MessageExtra> messageExtras;   // what Braze would attach to the send event
    QList<PromotionCode> promotionCodes; // sample codes shown where Braze would take real ones

    bool ok() const { return errors.isEmpty(); }
};

} // namespace Liquid
