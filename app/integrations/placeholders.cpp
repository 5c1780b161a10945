#include "integrations/placeholders.h"

#include "braze/validation/isotime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Integrations {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\$\\{([^}]*)\\}"));
    return pattern;
}

QJsonValue evaluate(const QString &expression, const QJsonObject &scope, const QDateTime &now)
{
    for (const QString &alternative : expression.split(QLatin1Char('|'))) {
        const QString path = alternative.trimmed();
        QJsonValue value;
        if (path == QLatin1String("now")) {
            value = Braze::Validation::toIsoTime(now);
        } else if (path.startsWith(QLatin1String("now+"))) {
            value = Braze::Validation::toIsoTime(now.addSecs(path.mid(4).toLongLong()));
        } else {
            value = Placeholders::lookup(scope, path);
        }
        if (!Placeholders::isEmpty(value))
            return value;
    }
    return QString();
}

} // namespace

QJsonValue Placeholders::lookup(const QJsonObject &scope, const QString &path)
{
    QJsonValue current = scope;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (current.isObject()) {
            current = current.toObject().value(part);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QString Placeholders::toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

bool Placeholders::isEmpty(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty());
}

QString Placeholders::resolveText(const QString &text, const QJsonObject &scope, const QDateTime &now)
{
    QString result;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        result += toText(evaluate(match.captured(1), scope, now));
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

QJsonValue Placeholders::resolve(const QJsonValue &value, const QJsonObject &scope, const QDateTime &now)
{
    if (value.isObject())
        return resolve(value.toObject(), scope, now);
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &item : value.toArray())
            result.append(resolve(item, scope, now));
        return result;
    }
    if (!value.isString())
        return value;
    const QString text = value.toString();
    const auto whole = placeholderPattern().match(text);
    if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == text.size())
        return evaluate(whole.captured(1), scope, now);
    return resolveText(text, scope, now);
}

QJsonObject Placeholders::resolve(const QJsonObject &object, const QJsonObject &scope, const QDateTime &now)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = resolveText(it.key(), scope, now);
        if (!key.isEmpty())
            result.insert(key, resolve(it.value(), scope, now));
    }
    return result;
}

} // namespace Integrations
