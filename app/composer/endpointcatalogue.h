#pragma once

#include "braze/endpoints.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The documented endpoints (braze/endpoints.h) as the request composer offers them: in the groups
// of Braze's API documentation (User data, Messaging, Export, …), each endpoint once, searchable
// by path, method, permission and group.
class EndpointCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCatalogue)

public:
    struct Group
    {
        QString title;
        QList<Braze::EndpointInfo> endpoints;
    };

    // Every group in the documentation's order, with the endpoints in the registry's order.
    static QList<Group> groups();
    // The groups with only the endpoints whose method, path, permission or group title contain
    // every word of `search` (case-insensitive); groups left empty are dropped.
    static QList<Group> filtered(const QString &search);
    // The group title of one endpoint.
    static QString groupOf(const Braze::EndpointInfo &endpoint);
};
