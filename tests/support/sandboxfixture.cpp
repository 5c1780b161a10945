#include "sandboxfixture.h"

#include <QNetworkReply>
#include <QSignalSpy>

namespace TestSupport {

Braze::ClientOptions quickOptions()
{
    Braze::ClientOptions options;
    options.backoffBaseMs = 20;
    options.backoffMaxMs = 100;
    options.timeoutMs = 5000;
    return options;
}

Braze::ClientOptions directOptions()
{
    Braze::ClientOptions options = quickOptions();
    options.paceByDocumentedLimits = false;
    options.maxRateLimitRetries = 0;
    options.maxRetries = 0;
    options.timeoutMs = 10000;
    return options;
}

std::unique_ptr<Braze::BrazeClient> clientFor(const Sandbox::SandboxHost &host, const QString &key, const Braze::ClientOptions &options,
                                              const QString &workspace)
{
    return std::make_unique<Braze::BrazeClient>(Braze::ClientConfig{host.baseUrl(), key, workspace, options});
}

SandboxFixture::SandboxFixture(const Sandbox::SandboxHost::Options &options)
{
    m_started = m_host.startAndWait(options);
}

SandboxFixture::~SandboxFixture() = default;

Braze::BrazeClient *SandboxFixture::client(const char *key)
{
    std::unique_ptr<Braze::BrazeClient> &client = m_clients[QByteArray(key)];
    if (!client) {
        client = clientFor(m_host, QString::fromLatin1(key), directOptions());
        client->setRequestLog(&m_log);
    }
    return client.get();
}

bool SandboxFixture::control(const QByteArray &method, const QString &path, const QJsonObject &body, QJsonDocument *answer)
{
    QNetworkRequest request(m_host.baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload = method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, payload));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return false;
    if (answer)
        *answer = QJsonDocument::fromJson(reply->readAll());
    return reply->error() == QNetworkReply::NoError;
}

} // namespace TestSupport
