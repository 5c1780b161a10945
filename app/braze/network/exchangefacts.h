#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace Braze {

// What the network layer observed about one HTTP exchange; classifyExchange() turns it into
// an ApiError. Kept free of QNetworkReply pointers so the mapping is testable without a server.
struct ExchangeFacts
{
    int httpStatus = 0; // 0: no response status arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QByteArray body;
    bool timedOut = false;
    bool tooLarge = false;
    bool cancelled = false;
    // Fewer body bytes arrived than Content-Length announced (Qt does not always report this).
    bool truncated = false;
    bool expectJson = true;
    // An https:// call whose TLS handshake never completed: a closed connection then means the
    // server does not speak TLS (an http:// port), not a connection cut in the middle.
    bool tlsNotEstablished = false;
    QString permission; // of the endpoint called, empty for raw calls
    QString host;
    QString path;
    int timeoutSeconds = 0;
    qint64 maxResponseBytes = 0;
};

} // namespace Braze
