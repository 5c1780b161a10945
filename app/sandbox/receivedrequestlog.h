#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxrequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Sandbox {

// The last requests the sandbox received, for tests and the console's request view. API keys
// never appear in it: the Authorization header is replaced by the key's name.
class ReceivedRequestLog
{
public:
    static constexpr int Capacity = 500;
    static constexpr int BodyLimit = 16 * 1024;

    struct Entry
    {
        QJsonObject json;
        QString line;           // one line for a console log
    };

    Entry record(const SandboxRequest &request, const SandboxReply &reply, const QString &keyName,
                 const QString &note, qint64 startedMs, qint64 durationUs);
    // Entries with an id greater than `afterId`.
    QJsonArray entries(qint64 afterId = 0) const;
    void clear() { m_entries.clear(); }

    static QJsonObject redactedHeaders(const SandboxRequest &request, const QString &keyName);
    // Query values whose name says they are credentials (token, api_key, …) are masked.
    static QJsonObject redactedQuery(const SandboxRequest &request);

private:
    QList<QJsonObject> m_entries;
    qint64 m_nextId = 1;
};

} // namespace Sandbox
