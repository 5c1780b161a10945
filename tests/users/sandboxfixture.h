#pragma once

#include "braze/brazeclient.h"
#include "sandbox/apikeytable.h"
#include "sandbox/sandboxhost.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

// A demo-seeded sandbox on a free loopback port and a Braze client for it with the
// all-permissions demo key. Waits are QSignalSpy::wait, never sleeps.
class SandboxFixture
{
public:
    bool start(const QByteArray &key = ApiKeyTable::AllPermissionsKey)
    {
        if (!m_host.startAndWait())
            return false;
        Braze::ClientConfig config;
        config.baseUrl = m_host.baseUrl();
        config.apiKey = QString::fromLatin1(key);
        config.workspaceLabel = QStringLiteral("sandbox");
        config.options.maxRetries = 0;
        config.options.paceByDocumentedLimits = false;
        config.options.timeoutMs = 5000;
        m_client = std::make_unique<Braze::BrazeClient>(config);
        return true;
    }

    Braze::BrazeClient *client() const { return m_client.get(); }
    QUrl baseUrl() const { return m_host.baseUrl(); }

    // POST to the sandbox's control API (/_sandbox/reset, /_sandbox/config).
    bool control(const QString &path, const QByteArray &json)
    {
        QNetworkRequest request(QUrl(m_host.baseUrl().toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, json));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        return done.wait(5000) && reply->error() == QNetworkReply::NoError;
    }

private:
    SandboxHost m_host;
    QNetworkAccessManager m_network;
    std::unique_ptr<Braze::BrazeClient> m_client;
};
