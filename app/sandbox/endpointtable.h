#pragma once

#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxstate.h"

#include <QHash>
#include <QJsonObject>
#include <functional>

// What an endpoint handler gets: the request, its parsed JSON body (POST) and the workspace.
struct ApiCall
{
    const SandboxRequest &request;
    const QJsonObject &body;
    SandboxState &state;
    const SandboxConfig &config;
    qint64 nowMs = 0;
    bool stateChanged = false;  // handlers set this when they wrote, so the state file is saved
};

struct Endpoint
{
    QByteArray method;          // "GET" or "POST"
    QString permission;         // REST API key permission the endpoint needs
    QString rateBucket;         // RateLimiter bucket name
    bool broadcastAware = false;// `"broadcast": true` bodies count against the broadcast limit
    std::function<SandboxReply(ApiCall &)> handle;
};

// Path -> endpoint. Braze routes by exact path; a wrong method is "not found" like an unknown path.
class EndpointTable
{
public:
    void add(const QString &path, Endpoint endpoint) { m_endpoints.insert(path, std::move(endpoint)); }
    const Endpoint *find(const QString &path) const
    {
        const auto it = m_endpoints.constFind(path);
        return it == m_endpoints.constEnd() ? nullptr : &*it;
    }

private:
    QHash<QString, Endpoint> m_endpoints;
};
