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
    // Where the answer came from: the server itself, the preview's cache of earlier answers, or
    // a canned answer saved with the template (a stub).
    enum class Origin : quint8 { NotFetched, Live, Cached, Stubbed };
    bool performed = false;   // false: the host refused or could not fetch
    int status = 0;
    QByteArray body;
    QString error;            // plain words when not performed or the request failed
    Origin origin = Origin::NotFetched;
    // :basic_auth named a credential the workspace does not have: Braze aborts the message.
    bool credentialMissing = false;

    // Braze counts a call as failed (and :retry retries it) when no answer came or the server
    // answered 5xx (braze-liquid.md §7.1); a 404 renders nothing but is no failure.
    bool failed() const { return !performed || status >= 500; }
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
    // Whether the call was made at all: false when the fetcher only listed it.
    bool attempted() const { return response.origin != ConnectedContentResponse::Origin::NotFetched || response.performed; }
};

} // namespace Liquid
