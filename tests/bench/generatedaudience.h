#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

// Users for the audience benchmarks, written as a users/export/ids-shaped JSON lines file.
namespace GeneratedAudience {

// One user per line, `user(i)` for i in [0, count).
bool writeUsers(const QString &path, int count, const std::function<QJsonObject(int)> &user);
// Users as the Quikly preset reads them; a tenth have no e-mail address, as a real export would.
bool writeQuiklyUsers(const QString &path, int count);
// The process's peak resident set size in KiB (Linux: VmHWM), -1 elsewhere.
qint64 peakMemoryKiB();

} // namespace GeneratedAudience
