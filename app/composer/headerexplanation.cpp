#include "composer/headerexplanation.h"

#include <QDateTime>
#include <QLocale>

QString HeaderExplanation::explain(const QByteArray &name, const QByteArray &value, qint64 nowEpochMs)
{
    const QByteArray header = name.toLower();
    bool number = false;
    const qint64 amount = value.trimmed().toLongLong(&number);
    if (!number)
        return {};
    if (header == "x-ratelimit-limit")
        return tr("Braze allows %Ln request(s) of this kind in one rate-limit window.", nullptr, int(qMin<qint64>(amount, INT_MAX)));
    if (header == "x-ratelimit-remaining")
        return tr("%Ln request(s) left before Braze answers 429.", nullptr, int(qMin<qint64>(amount, INT_MAX)));
    if (header == "x-ratelimit-reset") {
        const QDateTime reset = QDateTime::fromSecsSinceEpoch(amount).toLocalTime();
        const qint64 seconds = qMax<qint64>(0, amount - nowEpochMs / 1000);
        return tr("The window resets at %1, in %n second(s).", nullptr, int(qMin<qint64>(seconds, 86400 * 365)))
            .arg(QLocale().toString(reset.time(), QLocale().timeFormat(QLocale::LongFormat).remove(QLatin1Char('t')).trimmed()));
    }
    if (header == "retry-after")
        return tr("Braze asks to wait %n second(s) before sending again.", nullptr, int(qMin<qint64>(amount, 86400 * 365)));
    return {};
}
