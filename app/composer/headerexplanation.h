#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What a response header means to a marketer, for the composer's response view: the rate-limit
// headers of braze-api.md §5.2 (limit, requests left, when the window resets) and Retry-After.
// Empty for headers that need no explanation.
class HeaderExplanation
{
    Q_DECLARE_TR_FUNCTIONS(HeaderExplanation)

public:
    static QString explain(const QByteArray &name, const QByteArray &value, qint64 nowEpochMs);
};
