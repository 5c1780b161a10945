#include "braze/log/exchangediff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace Braze {

namespace {

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return value.toVariant().toString();
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QStringLiteral("[]");
    case QJsonValue::Object: return QStringLiteral("{}");
    case QJsonValue::Undefined: break;
    }
    return {};
}

void flattenInto(const QJsonValue &value, const QString &path, QList<QPair<QString, QString>> &out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flattenInto(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
        return;
    }
    if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flattenInto(array.at(i), path + QStringLiteral("[%1]").arg(i), out);
        return;
    }
    out.append({path.isEmpty() ? QStringLiteral("(body)") : path, scalarText(value)});
}

void compareFields(const QString &prefix, const QList<QPair<QString, QString>> &first, const QList<QPair<QString, QString>> &second,
                   QList<ExchangeDiffRow> &rows)
{
    QMap<QString, QString> right;
    for (const auto &[field, value] : second)
        right.insert(field, value);
    QStringList seen;
    for (const auto &[field, value] : first) {
        seen.append(field);
        ExchangeDiffRow row{prefix + field, value, right.value(field), ExchangeDiffRow::Change::Same};
        if (!right.contains(field))
            row.change = ExchangeDiffRow::Change::OnlyFirst;
        else if (row.first != row.second)
            row.change = ExchangeDiffRow::Change::Changed;
        rows.append(row);
    }
    for (const auto &[field, value] : second) {
        if (!seen.contains(field))
            rows.append({prefix + field, QString(), value, ExchangeDiffRow::Change::OnlySecond});
    }
}

} // namespace

QList<QPair<QString, QString>> ExchangeDiff::flatten(const QByteArray &body)
{
    QList<QPair<QString, QString>> out;
    if (body.trimmed().isEmpty())
        return out;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        flattenInto(json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()), {}, out);
        return out;
    }
    const QStringList lines = QString::fromUtf8(body).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i)
        out.append({QCoreApplication::translate("Braze::ExchangeDiff", "line %1").arg(i + 1), lines.at(i)});
    return out;
}

QList<ExchangeDiffRow> ExchangeDiff::compare(const RequestLogEntry &first, const RequestLogEntry &second)
{
    const auto summary = [](const RequestLogEntry &entry) {
        return QList<QPair<QString, QString>>{
            {QCoreApplication::translate("Braze::ExchangeDiff", "Workspace"), entry.workspace},
            {QCoreApplication::translate("Braze::ExchangeDiff", "Origin"), entry.origin.label()},
            {QCoreApplication::translate("Braze::ExchangeDiff", "Request"), QString::fromLatin1(entry.method) + QLatin1Char(' ') + entry.url},
            {QCoreApplication::translate("Braze::ExchangeDiff", "Status"), entry.httpStatus ? QString::number(entry.httpStatus) : entry.outcome},
        };
    };
    QList<ExchangeDiffRow> rows;
    compareFields({}, summary(first), summary(second), rows);
    compareFields(QCoreApplication::translate("Braze::ExchangeDiff", "request: "), flatten(first.requestBody), flatten(second.requestBody), rows);
    compareFields(QCoreApplication::translate("Braze::ExchangeDiff", "response: "), flatten(first.responseBody), flatten(second.responseBody), rows);
    return rows;
}

} // namespace Braze
