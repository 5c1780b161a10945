#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Users {

// The data types of a custom attribute or event property (braze-api.md §8.3, §9.1), and the
// conversion between what a marketer types and the JSON Braze receives.
enum class AttributeType { String, Number, Boolean, Time, Array, Object, Null };

namespace AttributeTypes {

// The type of a stored value. Braze exports times as strings, so a string that is a valid
// ISO 8601 date or date-time counts as a time.
AttributeType of(const QJsonValue &value);
// Translated name ("Number").
QString displayName(AttributeType type);
// Stable English key for the command line: string, number, boolean, time, array.
QString key(AttributeType type);
// nullopt-like: AttributeType::Null for an unknown key.
AttributeType fromKey(const QString &key);
// The types a marketer can enter with the typed editor.
QList<AttributeType> editable();

// Turns typed text into the JSON value to send. On bad input returns an undefined value and
// sets *problem to a translated sentence that says what to type instead.
//   Number: "42", "-3.5" (a dot as decimal separator; integers stay integers)
//   Boolean: true/false, yes/no, 1/0
//   Time: ISO 8601 ("2025-04-01" or "2025-04-01T09:00:00Z")
//   Array: a JSON array of strings (["a","b"]) or values separated by commas
QJsonValue parse(AttributeType type, const QString &text, QString *problem);
// The text the editor shows for a stored value (the inverse of parse()).
QString toText(const QJsonValue &value);

} // namespace AttributeTypes

} // namespace Users
