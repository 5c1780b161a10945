#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Liquid {

// One `{% connected_content URL :option ... %}` call after its Liquid was rendered
// (braze-liquid.md §7.1).
struct ConnectedContentRequest
{
    QString url;
    QString method = QStringLiteral("GET");   // GET or POST only
    QList<QPair<QString, QString>> headers;
    QString body;
    QString contentType;                      // :content_type (also sets Accept)
    QString saveAs;                           // :save NAME; empty: JSON goes to `connected`
    QString basicAuth;                        // :basic_auth credential name
    int cacheMaxAge = -1;                     // :cache_max_age seconds, -1 when absent
    bool noCache = false;
    bool retry = false;
};

struct ConnectedContentResponse
{
    bool performed = false;   // false: the host refused or could not fetch
    int status = 0;
    QByteArray body;
    QString error;            // plain words when not performed or the request failed
};

// The host performs (or refuses) the HTTP call; the engine never touches the network.
class ConnectedContentFetcher
{
public:
    virtual ~ConnectedContentFetcher() = default;
    virtual ConnectedContentResponse fetch(const ConnectedContentRequest &request) = 0;
};

// What the render result records for each call: what would be (or was) fetched.
struct ConnectedContentCall
{
    ConnectedContentRequest request;
    ConnectedContentResponse response;
};

} // namespace Liquid
