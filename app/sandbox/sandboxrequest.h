#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Sandbox {

// One HTTP request as the sandbox sees it, copied out of the HTTP server's request object so
// handlers never depend on QtHttpServer (whose API changes in Qt 6.8) and so the copy may
// outlive the connection.
struct SandboxRequest
{
    QByteArray method;                              // upper case: "GET", "POST", ...
    QString path;                                   // decoded, without query
    QList<QPair<QString, QString>> queryItems;      // form-decoded: a bare '+' becomes a space, as in Braze
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
    // All values of a query parameter, accepting both `name=` and `name[]=` forms.
    QStringList queryValues(const QString &name) const;
    QString queryValue(const QString &name) const;
    bool hasQuery(const QString &name) const;

    // Splits a raw (still percent-encoded) query string the way HTML forms encode it.
    static QList<QPair<QString, QString>> parseQuery(const QByteArray &rawQuery);
};

} // namespace Sandbox
