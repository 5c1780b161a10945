#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Braze {
struct EndpointInfo;
struct RequestLogEntry;
}

// One call as the request composer holds it: what the user typed, kept as typed (the body as
// text, so a half-written body survives a restart). A favourite is one with a name.
struct ComposedRequest
{
    QString name;
    QByteArray method = "POST";
    QString path;
    QList<QPair<QString, QString>> query;
    QString body;

    // A documented endpoint with Braze's example: its body pretty-printed in the docs' key order,
    // or for a GET its example query as rows.
    static ComposedRequest fromEndpoint(const Braze::EndpointInfo &endpoint);
    // A logged request ("Open in composer"): method, path, query and the body pretty-printed.
    static ComposedRequest fromLogEntry(const Braze::RequestLogEntry &entry);

    // "/segments/list?page=0": the path and the non-empty query rows, percent-encoded.
    QString pathAndQuery() const;
    QJsonObject toJson() const;
    static ComposedRequest fromJson(const QJsonObject &object);

    bool operator==(const ComposedRequest &other) const = default;
};
