#include "generatedaudience.h"

#include <QFile>
#include <QJsonDocument>

namespace GeneratedAudience {

bool writeUsers(const QString &path, int count, const std::function<QJsonObject(int)> &user)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (int i = 0; i < count; ++i) {
        if (file.write(QJsonDocument(user(i)).toJson(QJsonDocument::Compact) + '\n') < 0)
            return false;
    }
    return true;
}

bool writeQuiklyUsers(const QString &path, int count)
{
    return writeUsers(path, count, [](int i) {
        QJsonObject user{{QStringLiteral("external_id"), QStringLiteral("user_%1").arg(i, 6, 10, QLatin1Char('0'))},
                         {QStringLiteral("braze_id"), QStringLiteral("%1").arg(i, 24, 16, QLatin1Char('0'))},
                         {QStringLiteral("first_name"), QStringLiteral("Name%1").arg(i % 997)}};
        if (i % 10 != 0)
            user.insert(QStringLiteral("email"), QStringLiteral("user%1@example.com").arg(i));
        return user;
    });
}

qint64 peakMemoryKiB()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
#endif
    return -1;
}

} // namespace GeneratedAudience
