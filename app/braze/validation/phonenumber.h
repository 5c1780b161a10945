#pragma once

#include <QString>

namespace Braze::Validation {

// E.164 as Braze wants it (braze-api.md §7.2): "+", a country code that does not start with 0,
// then the subscriber number, 7 to 15 digits in all, nothing else.
// Returns an empty string for a valid number, otherwise a translated explanation.
QString phoneProblem(const QString &phone);

// Turns what people type ("+1 (313) 555-1212", "0049 30 1234567") into E.164 by dropping
// spaces, dots, dashes and brackets and reading a leading "00" as "+". Returns the input
// unchanged when no country code can be found; phoneProblem() then explains why.
QString normalisedPhone(const QString &phone);

} // namespace Braze::Validation
