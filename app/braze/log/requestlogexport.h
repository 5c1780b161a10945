#pragma once

#include "braze/log/requestlogentry.h"

#include <QJsonObject>
#include <QList>

namespace Braze {

// The request log as JSON: one object per exchange. Entries are already redacted, so the file
// holds no API key or secret header.
QJsonObject requestLogEntryToJson(const RequestLogEntry &entry);
// The inverse, for the log file read back at start-up; false when the object is not an entry.
bool requestLogEntryFromJson(const QJsonObject &json, RequestLogEntry *entry);
// Writes the entries atomically (AtomicFileWriter). Returns false and a translated message on failure.
bool exportRequestLog(const QList<RequestLogEntry> &entries, const QString &fileName, QString *errorMessage);
// Bodies pretty-printed when they are JSON, else as text.
QString prettyBody(const QByteArray &body);

} // namespace Braze
