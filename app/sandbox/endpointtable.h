#pragma once

#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxstate.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace Sandbox {

// JSON the sandbox posts elsewhere after answering, as Braze does (transactional postbacks,
// export callbacks), optionally later.
struct Postback
{
    QUrl url;
    QJsonObject json;
    qint64 delayMs = 0;
};

// What an endpoint handler gets: the request, its parsed JSON body (POST) and the workspace.
struct ApiCall
{
    const SandboxRequest &request;
    const QJsonObject &body;
    SandboxState &state;
    const SandboxConfig &config;
    qint64 nowMs = 0;
    bool stateChanged = false;  // handlers set this when they wrote, so the state file is saved
    QHash<QString, QString> pathParams;     // {catalog_name}, {item_id}, {campaign_id} of the route
    QList<Postback> postbacks;

    QString param(const char *name) const { return pathParams.value(QLatin1String(name)); }
};

struct EndpointDefinition
{
    QByteArray method;          // "GET", "POST", "PATCH", "PUT" or "DELETE"
    QString permission;         // REST API key permission the endpoint needs
    QString rateBucket;         // RateLimiter bucket name
    bool broadcastAware = false;// `"broadcast": true` bodies count against the broadcast limit
    std::function<SandboxReply(ApiCall &)> handle;
};

// Method + path -> endpoint. Braze routes by exact path; a route segment written `{name}` matches
// any one non-empty segment and hands it to the handler. A wrong method is "not found" like an
// unknown path.
class EndpointTable
{
public:
    struct Match
    {
        const EndpointDefinition *endpoint = nullptr;
        QHash<QString, QString> params;
    };

    void add(const QString &route, EndpointDefinition endpoint);
    Match find(const QByteArray &method, const QString &path) const;
    // Every route as "METHOD /path", for the control API's index.
    QStringList routes() const;

private:
    struct Route
    {
        QString route;
        QStringList segments;
        EndpointDefinition endpoint;
    };
    QList<Route> m_routes;
    QHash<QString, qsizetype> m_exact;      // "METHOD /path" -> index of a route without parameters
};

} // namespace Sandbox
