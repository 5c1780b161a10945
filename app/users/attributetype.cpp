#include "users/attributetype.h"

#include "braze/validation/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Users {

namespace AttributeTypes {

namespace {

bool looksLikeTime(const QString &text)
{
    // A plain number or word is never a time; Braze's own export writes dates with dashes.
    return text.size() >= 10 && text.at(4) == QLatin1Char('-') && Braze::Validation::isoTimeProblem(text).isEmpty();
}

QJsonValue parseArray(const QString &text, QString *problem)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            *problem = QCoreApplication::translate("AttributeTypes", "This is not a valid list. Write [\"a\", \"b\"] or a, b.");
            return QJsonValue(QJsonValue::Undefined);
        }
        for (const QJsonValue &item : doc.array()) {
            if (!item.isString()) {
                *problem = QCoreApplication::translate("AttributeTypes", "Braze arrays hold text only: put every item in quotes.");
                return QJsonValue(QJsonValue::Undefined);
            }
        }
        return doc.array();
    }
    QJsonArray items;
    for (const QString &part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    }
    return items;
}

} // namespace

AttributeType of(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return AttributeType::Boolean;
    case QJsonValue::Double: return AttributeType::Number;
    case QJsonValue::String: return looksLikeTime(value.toString()) ? AttributeType::Time : AttributeType::String;
    case QJsonValue::Array: return AttributeType::Array;
    case QJsonValue::Object: return AttributeType::Object;
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return AttributeType::Null;
}

QString displayName(AttributeType type)
{
    switch (type) {
    case AttributeType::String: return QCoreApplication::translate("AttributeTypes", "Text");
    case AttributeType::Number: return QCoreApplication::translate("AttributeTypes", "Number");
    case AttributeType::Boolean: return QCoreApplication::translate("AttributeTypes", "Yes/no");
    case AttributeType::Time: return QCoreApplication::translate("AttributeTypes", "Date and time");
    case AttributeType::Array: return QCoreApplication::translate("AttributeTypes", "List of texts");
    case AttributeType::Object: return QCoreApplication::translate("AttributeTypes", "Nested object");
    case AttributeType::Null: return QCoreApplication::translate("AttributeTypes", "Empty");
    }
    return {};
}

QString key(AttributeType type)
{
    switch (type) {
    case AttributeType::String: return QStringLiteral("string");
    case AttributeType::Number: return QStringLiteral("number");
    case AttributeType::Boolean: return QStringLiteral("boolean");
    case AttributeType::Time: return QStringLiteral("time");
    case AttributeType::Array: return QStringLiteral("array");
    case AttributeType::Object: return QStringLiteral("object");
    case AttributeType::Null: return QStringLiteral("null");
    }
    return {};
}

AttributeType fromKey(const QString &text)
{
    for (AttributeType type : editable()) {
        if (key(type) == text)
            return type;
    }
    return AttributeType::Null;
}

QList<AttributeType> editable()
{
    return {AttributeType::String, AttributeType::Number, AttributeType::Boolean, AttributeType::Time, AttributeType::Array};
}

QJsonValue parse(AttributeType type, const QString &text, QString *problem)
{
    problem->clear();
    const QString trimmed = text.trimmed();
    switch (type) {
    case AttributeType::String:
        if (text.size() > 255) {
            *problem = QCoreApplication::translate("AttributeTypes", "Braze keeps at most 255 characters of a text attribute; this one has %n.", nullptr, int(text.size()));
            return QJsonValue(QJsonValue::Undefined);
        }
        return text;
    case AttributeType::Number: {
        bool ok = false;
        const qint64 integer = QLocale::c().toLongLong(trimmed, &ok);
        if (ok)
            return integer;
        const double number = QLocale::c().toDouble(trimmed, &ok);
        if (ok && qIsFinite(number))
            return number;
        *problem = QCoreApplication::translate("AttributeTypes", "“%1” is not a number. Write digits with a dot for decimals, e.g. 42 or 3.5.").arg(trimmed);
        return QJsonValue(QJsonValue::Undefined);
    }
    case AttributeType::Boolean: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1"))
            return true;
        if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0"))
            return false;
        *problem = QCoreApplication::translate("AttributeTypes", "Write true or false.");
        return QJsonValue(QJsonValue::Undefined);
    }
    case AttributeType::Time: {
        const QString issue = Braze::Validation::isoTimeProblem(trimmed);
        if (!issue.isEmpty()) {
            *problem = issue;
            return QJsonValue(QJsonValue::Undefined);
        }
        return trimmed;
    }
    case AttributeType::Array:
        return parseArray(text, problem);
    case AttributeType::Object:
    case AttributeType::Null:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

QString toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(value.toInteger()))
            return QString::number(value.toInteger());
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

} // namespace AttributeTypes

} // namespace Users
