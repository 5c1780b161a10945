#include "webhook/webhookproblem.h"

namespace Webhook {

QString WebhookProblem::place() const
{
    switch (field) {
    case Field::Url: return tr("URL");
    case Field::HeaderName: return tr("header %1 name").arg(row + 1);
    case Field::HeaderValue: return tr("header %1 value").arg(row + 1);
    case Field::PairKey: return tr("pair %1 key").arg(row + 1);
    case Field::PairValue: return tr("pair %1 value").arg(row + 1);
    case Field::RawBody: return tr("body");
    case Field::RenderedBody: return tr("rendered body");
    case Field::Request: return tr("request");
    }
    return {};
}

QString WebhookProblem::format() const
{
    return QStringLiteral("%1:%2: %3 (%4)").arg(qMax(line, 1)).arg(qMax(column, 1)).arg(message, place());
}

} // namespace Webhook
