#pragma once

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Webhook {

// A canned answer for connected_content calls to one URL, saved with the template, so the
// preview runs offline and can rehearse failures (a 500 with :retry, a 404, a slow partner's
// error page). `url` matches the rendered URL exactly, or every URL it starts with when it ends
// in '*'.
struct ConnectedContentStub
{
    QString url;
    int status = 200;
    QList<QPair<QString, QString>> headers;
    QString body;

    bool operator==(const ConnectedContentStub &other) const = default;
    bool matches(const QString &renderedUrl) const;

    static QJsonArray toJson(const QList<ConnectedContentStub> &stubs);
    // Entries without a URL or with a status outside 100-599 are left out.
    static QList<ConnectedContentStub> fromJson(const QJsonArray &array);
};

} // namespace Webhook
