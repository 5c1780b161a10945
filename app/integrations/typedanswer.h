#pragma once

#include <QCoreApplication>
#include <QJsonValue>

namespace Integrations {

// An answer (a quiz response, a sample typed into a mapping) as Braze should store it for the
// attribute type it is mapped to (string, number, boolean, time, array), or why it cannot be.
// The Settings table checks samples as they are typed with the same rules the workflow applies.
class TypedAnswer
{
    Q_DECLARE_TR_FUNCTIONS(TypedAnswer)

public:
    static QJsonValue typed(const QJsonValue &answer, const QString &type, QString *problem);
};

} // namespace Integrations
