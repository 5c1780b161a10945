#pragma once

#include "liquid/braze/connectedcontent.h"

#include <atomic>

namespace Webhook {

// The preview's connected_content fetcher: refuses (and so only lists the call) until the user
// allows fetching, then performs the call the way Braze does (2 s limit, no redirects, 1 MB).
// fetch() blocks the thread that renders, so the console renders on a worker thread.
class ConnectedContentGate : public Liquid::ConnectedContentFetcher
{
public:
    void setAllowed(bool allowed) { m_allowed = allowed; }
    bool isAllowed() const { return m_allowed; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    Liquid::ConnectedContentResponse fetch(const Liquid::ConnectedContentRequest &request) override;

private:
    std::atomic_bool m_allowed = false;
    int m_timeoutMs = 2000;
};

} // namespace Webhook
