#pragma once

#include "braze/endpoints.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The request composer's checks of a JSON body as the user types: first the JSON itself (where
// it breaks, at line and column), then the client's validators on what Braze would refuse:
// identifiers (external IDs, Braze IDs, aliases, e-mail addresses, E.164 phone numbers),
// attribute, event and property names, ISO 8601 times, prioritization with e-mail recipients and
// the endpoint's batch limit. Each finding points at the value it is about.
class BodyCheck
{
    Q_DECLARE_TR_FUNCTIONS(BodyCheck)

public:
    struct Finding
    {
        QString field;    // "attributes[0].phone"; empty for the JSON syntax
        QString message;  // translated
        int line = 1;     // 1-based, in the body text
        int column = 1;
        bool syntax = false;   // the text is not JSON: nothing can be sent
    };

    // `endpoint` is the documented endpoint of the method and path, or the Raw entry.
    static QList<Finding> check(const Braze::EndpointInfo &endpoint, const QByteArray &method, const QString &body);
    // "Line 3, column 14: …"
    static QString describe(const Finding &finding);
};
