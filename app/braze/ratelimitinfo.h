#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Braze {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The X-RateLimit-* headers of one response (braze-api.md §5.2). Names are compared without
// regard to case (HTTP/2 sends them in lower case). -1 = header absent or unreadable.
struct RateLimitInfo
{
    qint64 limit = -1;
    qint64 remaining = -1;
    qint64 resetEpochSeconds = -1; // absolute UTC time of the window's end, not a delay

    static RateLimitInfo fromHeaders(const HeaderList &headers);
    bool isKnown() const { return limit >= 0 || remaining >= 0 || resetEpochSeconds >= 0; }
    // Whole seconds from nowEpochMs until the reset, at least 1; -1 when no reset is known.
    int secondsUntilReset(qint64 nowEpochMs) const;
};

// The value of a header by case-insensitive name, or an empty array.
QByteArray headerValue(const HeaderList &headers, const QByteArray &name);

} // namespace Braze
