#pragma once

#include "braze/log/requestlogentry.h"

#include <QList>

namespace Braze {

// Two request log entries side by side, field by field: the request line, status and origin,
// then every value of both bodies by its JSON path ("attributes[0].email"), so a reordered
// object or a re-indented body shows no difference and a changed value shows exactly where.
// Bodies that are not JSON are compared line by line.
struct ExchangeDiffRow
{
    enum class Change { Same, Changed, OnlyFirst, OnlySecond };

    QString field;
    QString first;
    QString second;
    Change change = Change::Same;
};

class ExchangeDiff
{
public:
    static QList<ExchangeDiffRow> compare(const RequestLogEntry &first, const RequestLogEntry &second);
    // Every value of a body by path: "a.b[2].c" -> JSON text of the value.
    static QList<QPair<QString, QString>> flatten(const QByteArray &body);
};

} // namespace Braze
