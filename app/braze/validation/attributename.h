#pragma once

#include <QString>
#include <QStringList>

namespace Braze::Validation {

// The naming rules of braze-api.md §8.2 and §9.1. Each function returns an empty string when the
// name is fine, otherwise a translated explanation with what to do instead.

// A top-level custom attribute name: not empty, no leading or trailing spaces or line breaks
// (Braze would silently trim them, so the name in Braze would differ from the one typed), no
// leading "$", shorter than 255 characters, and not a standard profile field.
QString attributeNameProblem(const QString &name);
// A key inside a nested custom attribute: additionally no spaces, no "." and no "$".
QString nestedAttributeKeyProblem(const QString &key);
// A custom event name: not empty, no leading "$", shorter than 255 characters.
QString eventNameProblem(const QString &name);
// An event or purchase property key: non-empty, no leading "$", shorter than 255 characters
// and not one of the keys Braze reserves (time, event_name, product_id, quantity, price, currency).
QString eventPropertyKeyProblem(const QString &key);

// The standard (reserved) profile fields of braze-api.md §8.1, lower case.
const QStringList &standardProfileFields();

} // namespace Braze::Validation
