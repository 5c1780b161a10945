#pragma once

#include "brazeclient.h"
#include "sandbox/sandboxhost.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

// Helpers for the suites that run the client against a sandbox on a free loopback port.
namespace SandboxFixture {

// A call whose end is recorded from the moment it was made: handles delete themselves after
// finishing, so a test that waits for several calls must listen to all of them at once.
class PendingCall
{
public:
    explicit PendingCall(Braze::RequestHandle *handle)
        : m_spy(std::make_unique<QSignalSpy>(handle, &Braze::RequestHandle::finished))
    {
    }
    // The result, or one with status -1 if the call never ends (every caller's checks then fail).
    Braze::ApiResult result(int timeoutMs = 15000)
    {
        if (m_spy->isEmpty() && !m_spy->wait(timeoutMs)) {
            Braze::ApiResult never;
            never.httpStatus = -1;
            return never;
        }
        return m_spy->first().first().value<Braze::ApiResult>();
    }

private:
    std::unique_ptr<QSignalSpy> m_spy;
};

inline Braze::ApiResult resultOf(Braze::RequestHandle *handle, int timeoutMs = 15000)
{
    return PendingCall(handle).result(timeoutMs);
}

// Options that keep retries quick in tests.
inline Braze::ClientOptions quickOptions()
{
    Braze::ClientOptions options;
    options.backoffBaseMs = 20;
    options.backoffMaxMs = 100;
    options.timeoutMs = 5000;
    return options;
}

inline std::unique_ptr<Braze::BrazeClient> clientFor(const SandboxHost &host, const QString &key,
                                                      const Braze::ClientOptions &options = quickOptions(),
                                                      const QString &workspace = QStringLiteral("Sandbox"))
{
    return std::make_unique<Braze::BrazeClient>(Braze::ClientConfig{host.baseUrl(), key, workspace, options});
}

} // namespace SandboxFixture
