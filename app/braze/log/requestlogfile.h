#pragma once

#include "braze/log/requestlogentry.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace Braze {

class RequestLogModel;

// Keeps the request log between runs: one JSON line per exchange in the data folder, appended
// as exchanges arrive (a small write each), rewritten with the newest entries only once the file
// grows past its cap, so the oldest go first. Entries are redacted before they reach the log
// model, and the file is written from those entries only: no API key or partner secret ever
// reaches it. A file that cannot be read is renamed aside (never overwritten) and reported;
// the log then starts empty.
class RequestLogFile : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxBytes = 4 * 1024 * 1024;

    RequestLogFile(const QString &fileName, RequestLogModel *log, QObject *parent = nullptr);

    // Reads the file into the log and starts following it. Returns what went wrong, in words for
    // the user, or an empty string (also when there is no file yet).
    QString load();
    // Off: nothing more is written and the file is removed; on: the log from now on is kept.
    void setKeeping(bool keep);
    bool isKeeping() const { return m_keeping; }
    void setMaxBytes(qint64 maxBytes) { m_maxBytes = std::max<qint64>(4096, maxBytes); }
    QString fileName() const { return m_fileName; }
    // The last write that failed (full disk, read-only folder), or empty.
    QString lastError() const { return m_lastError; }

signals:
    void writeFailed(const QString &message);

private:
    void append(const Braze::RequestLogEntry &entry);
    // Rewrites the file with the newest entries that fit in three quarters of the cap.
    void compact();
    void fail(const QString &message);

    QString m_fileName;
    QPointer<RequestLogModel> m_log;
    qint64 m_maxBytes = DefaultMaxBytes;
    bool m_keeping = true;
    QString m_lastError;
};

} // namespace Braze
