#include "webhook/testsend.h"

namespace Webhook {

Braze::RequestHandle *sendTest(Braze::BrazeClient &client, const RenderedRequest &request, const QUrl &target)
{
    QList<Braze::RequestHeader> headers;
    for (const RenderedHeader &header : request.headers)
        headers.append({header.name.toUtf8(), header.value.toUtf8(), header.secret});
    const QUrl url = target.isValid() ? target : QUrl(request.url);
    Braze::RequestOrigin origin;
    origin.kind = Braze::RequestOrigin::Kind::WebhookTest;
    return client.externalCall(request.method.toUtf8(), url, request.body.toUtf8(), headers, origin);
}

} // namespace Webhook
