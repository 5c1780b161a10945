#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace Integrations {

// Fills the ${...} placeholders of a step's arguments from the run's scope, a JSON object with
// "param", "config", "steps" (each step's outputs and "outcome"), "endpoint" and
// "requirements". Expressions:
//   ${param.email}               a path; numeric parts index arrays (${config.audiences.0.split_id})
//   ${param.segment|steps.list.first_id}   the first alternative that is not empty
//   ${now}, ${now+86400}         the current UTC time (plus seconds) in ISO 8601
// A string that is exactly one placeholder takes the value's JSON type (object, array, bool);
// placeholders inside longer strings are replaced by text. Object keys are filled in too, and
// an entry whose key comes out empty is dropped. Missing values become empty strings.
class Placeholders
{
public:
    static QJsonValue resolve(const QJsonValue &value, const QJsonObject &scope, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QJsonObject resolve(const QJsonObject &object, const QJsonObject &scope, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString resolveText(const QString &text, const QJsonObject &scope, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The value at a dotted path, or undefined.
    static QJsonValue lookup(const QJsonObject &scope, const QString &path);
    // Text for a JSON value: strings as they are, numbers without ".0", arrays/objects compact.
    static QString toText(const QJsonValue &value);
    static bool isEmpty(const QJsonValue &value);
};

} // namespace Integrations
