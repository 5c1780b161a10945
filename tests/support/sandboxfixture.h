#pragma once

#include "braze/brazeclient.h"
#include "braze/log/requestlogmodel.h"
#include "sandbox/apikeytable.h"
#include "sandbox/sandboxhost.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <map>
#include <memory>

namespace TestSupport {

// The client's policy as shipped (pacing, retries) with waits and timeouts short enough for tests.
Braze::ClientOptions quickOptions();
// Each call goes out once and at once: no pacing by documented limits, no retries, no waiting on 429.
Braze::ClientOptions directOptions();

// A client for the host with the given key; `workspace` is the label the request log shows.
std::unique_ptr<Braze::BrazeClient> clientFor(const Sandbox::SandboxHost &host, const QString &key,
                                              const Braze::ClientOptions &options = quickOptions(),
                                              const QString &workspace = QStringLiteral("Sandbox"));

// A demo-seeded sandbox on a free loopback port, started by the constructor, with clients for
// its demo keys and its control API. The one fixture every suite that needs a sandbox uses;
// waits are QSignalSpy::wait, never sleeps.
class SandboxFixture
{
public:
    explicit SandboxFixture(const Sandbox::SandboxHost::Options &options = {});
    virtual ~SandboxFixture();

    bool started() const { return m_started; }
    Sandbox::SandboxHost &host() { return m_host; }
    QUrl baseUrl() const { return m_host.baseUrl(); }
    // Every call of the fixture's clients, as the console's request log keeps it.
    Braze::RequestLogModel &log() { return m_log; }

    // The fixture's client for one of the demo keys (ApiKeyTable), made on first use with
    // directOptions() and logging into log(). Other options: clientFor(host(), …).
    Braze::BrazeClient *client(const char *key = Sandbox::ApiKeyTable::AllPermissionsKey);

    // METHOD path on the sandbox's control API (/_sandbox/reset, /_sandbox/config, /_sandbox/sent…);
    // true when it answered 2xx, with the answer in *answer.
    bool control(const QByteArray &method, const QString &path, const QJsonObject &body = {}, QJsonDocument *answer = nullptr);

private:
    Sandbox::SandboxHost m_host;
    bool m_started = false;
    Braze::RequestLogModel m_log;
    QNetworkAccessManager m_network;
    std::map<QByteArray, std::unique_ptr<Braze::BrazeClient>> m_clients;
};

} // namespace TestSupport
