#pragma once

#include "liquid/braze/connectedcontent.h"

#include <QHostAddress>

#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QObject;
class QThread;

namespace Webhook {

struct PendingFetch;

// The preview's connected_content fetcher: refuses (and so only lists the call) until the user
// allows fetching, then performs the call the way Braze does (2 s limit, no redirects, at most
// 1 MB, read as it arrives and abandoned past the limit). The host is resolved first and the
// call goes to the address that was checked: loopback (unless allowed, for the sandbox),
// private, link-local and cloud metadata addresses are refused, whatever name leads there.
// The network work runs on the gate's own thread; fetch() waits for it without an event loop,
// so it must be called off the GUI thread (the console renders on worker threads).
class ConnectedContentGate : public Liquid::ConnectedContentFetcher
{
public:
    static constexpr qint64 MaxResponseBytes = 1024 * 1024;   // braze-liquid.md §7.1

    ConnectedContentGate();
    ~ConnectedContentGate() override;

    void setAllowed(bool allowed) { m_allowed = allowed; }
    bool isAllowed() const { return m_allowed; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The sandbox workspace may call its own server on this computer.
    void setLoopbackAllowed(bool allowed) { m_loopbackAllowed = allowed; }

    Liquid::ConnectedContentResponse fetch(const Liquid::ConnectedContentRequest &request) override;

    // Why a call to this address is refused, or an empty string.
    static QString refusal(const QHostAddress &address, bool loopbackAllowed);

private:
    void start(const Liquid::ConnectedContentRequest &request, const std::shared_ptr<PendingFetch> &pending);
    void send(const Liquid::ConnectedContentRequest &request, const QHostAddress &address, const std::shared_ptr<PendingFetch> &pending);

    std::atomic_bool m_allowed = false;
    std::atomic_bool m_loopbackAllowed = false;
    std::atomic_int m_timeoutMs = 2000;
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr;              // lives in m_thread
    QNetworkAccessManager *m_manager = nullptr; // created and used in m_thread only
};

} // namespace Webhook
