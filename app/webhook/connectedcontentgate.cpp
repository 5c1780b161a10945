#include "webhook/connectedcontentgate.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Webhook {

Liquid::ConnectedContentResponse ConnectedContentGate::fetch(const Liquid::ConnectedContentRequest &request)
{
    Liquid::ConnectedContentResponse response;
    if (!m_allowed) {
        response.error = QCoreApplication::translate("ConnectedContentGate",
                                                     "not fetched: allow connected content calls to fetch it");
        return response;
    }
    const QUrl url(request.url);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        response.error = QCoreApplication::translate("ConnectedContentGate", "“%1” is not a web address").arg(request.url);
        return response;
    }
    QNetworkAccessManager manager;
    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Braze Sender (braze-console preview)"));
    if (!request.contentType.isEmpty()) {
        networkRequest.setRawHeader("Content-Type", request.contentType.toUtf8());
        networkRequest.setRawHeader("Accept", request.contentType.toUtf8());
    }
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name.toUtf8(), value.toUtf8());
    QNetworkReply *reply = request.method == QLatin1String("POST") ? manager.post(networkRequest, request.body.toUtf8())
                                                                     : manager.get(networkRequest);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    loop.exec();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->read(1024 * 1024);
    response.performed = response.status > 0;
    if (!timer.isActive())
        response.error = QCoreApplication::translate("ConnectedContentGate", "no answer within %1 ms").arg(m_timeoutMs);
    else if (response.status == 0)
        response.error = reply->errorString();
    delete reply;
    return response;
}

} // namespace Webhook
