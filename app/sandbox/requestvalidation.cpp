#include "sandbox/requestvalidation.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace Sandbox {

namespace RequestValidation {

bool isE164(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(phone).hasMatch();
}

bool isEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

std::optional<QDateTime> parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        return t;
    static const char *const formats[] = {"yyyy-MM-ddTHH:mm:ss:zzzt", "yyyy-MM-ddTHH:mm:ss:zzzZ", "yyyy-MM-ddTHH:mm:ss",
                                          "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "MM/dd/yyyy"};
    for (const char *format : formats) {
        t = QDateTime::fromString(text, QLatin1String(format));
        if (t.isValid()) {
            if (t.timeSpec() == Qt::LocalTime)
                t.setTimeZone(QTimeZone::utc());   // no zone given -> UTC, as Braze does
            return t;
        }
    }
    return std::nullopt;
}

std::optional<UserAlias> parseAlias(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    const QJsonValue name = o.value(QLatin1String("alias_name"));
    const QJsonValue label = o.value(QLatin1String("alias_label"));
    if (!name.isString() || !label.isString() || name.toString().isEmpty() || label.toString().isEmpty())
        return std::nullopt;
    return UserAlias{name.toString(), label.toString()};
}

bool stringList(const QJsonValue &value, QStringList *out, bool allowSingleString)
{
    out->clear();
    if (allowSingleString && value.isString()) {
        *out << value.toString();
        return true;
    }
    if (!value.isArray())
        return false;
    for (const auto &v : value.toArray()) {
        if (!v.isString())
            return false;
        *out << v.toString();
    }
    return true;
}

QJsonObject itemError(const QString &type, const QString &inputArray, int index)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("input_array"), inputArray}, {QStringLiteral("index"), index}};
}

QString seriesWindow(const SandboxRequest &request, qint64 nowMs, SeriesWindow *window)
{
    bool ok = false;
    window->length = request.queryValue(QStringLiteral("length")).toInt(&ok);
    if (!ok || window->length < 1 || window->length > 100)
        return QStringLiteral("'length' is required and must be from 1 to 100.");
    window->today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    window->end = window->today;
    const QString endingAt = request.queryValue(QStringLiteral("ending_at"));
    if (!endingAt.isEmpty()) {
        const auto t = parseTime(endingAt);
        if (!t)
            return QStringLiteral("'ending_at' must be an ISO 8601 time.");
        window->end = qMin(window->today, t->toUTC().date());
    }
    return {};
}

QString exportTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        + QStringLiteral(" UTC");
}

QString isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODate);   // "...Z"
}

} // namespace RequestValidation

} // namespace Sandbox
