#include "webhook/renderedrequest.h"

#include "webhook/jsontext.h"

#include <algorithm>

namespace Webhook {

bool RenderedRequest::hasErrors() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const WebhookProblem &p) { return p.isError(); });
}

QString RenderedRequest::headerValue(const QString &name) const
{
    for (const RenderedHeader &header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return {};
}

QString RenderedRequest::displayBody() const
{
    if (bodyIsJson && !JsonText::validate(body).isValid())
        return JsonText::pretty(body);
    return body;
}

QString RenderedRequest::toText() const
{
    QString text = method + QLatin1Char(' ') + url + QLatin1Char('\n');
    for (const RenderedHeader &header : headers)
        text += header.name + QStringLiteral(": ") + header.value + QLatin1Char('\n');
    if (!body.isEmpty())
        text += QLatin1Char('\n') + displayBody() + QLatin1Char('\n');
    return text;
}

} // namespace Webhook
