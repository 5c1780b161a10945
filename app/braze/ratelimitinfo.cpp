#include "braze/ratelimitinfo.h"

#include <algorithm>

namespace Braze {

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second.trimmed();
    }
    return {};
}

RateLimitInfo RateLimitInfo::fromHeaders(const HeaderList &headers)
{
    const auto number = [&headers](const char *name) -> qint64 {
        bool ok = false;
        const qint64 value = headerValue(headers, name).toLongLong(&ok);
        return ok && value >= 0 ? value : -1;
    };
    RateLimitInfo info;
    info.limit = number("X-RateLimit-Limit");
    info.remaining = number("X-RateLimit-Remaining");
    info.resetEpochSeconds = number("X-RateLimit-Reset");
    return info;
}

int RateLimitInfo::secondsUntilReset(qint64 nowEpochMs) const
{
    if (resetEpochSeconds < 0)
        return -1;
    const qint64 ms = resetEpochSeconds * 1000 - nowEpochMs;
    return int(std::max<qint64>(1, (ms + 999) / 1000));
}

} // namespace Braze
