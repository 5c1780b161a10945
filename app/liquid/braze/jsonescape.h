#pragma once

#include "liquid/value.h"

namespace Liquid {

// The inside of a JSON string literal, as Ruby's JSON.generate escapes it: " \ and control
// characters (\n, \t, \u0001 ...); "/" and non-ASCII characters stay as they are.
void appendJsonEscaped(QString &out, QStringView text);

// Ruby's to_json of a Liquid value, keeping hash key order and printing floats as Ruby does
// (2.0, 1.0e+20). Ranges and drops are written as their text.
QString toJsonText(const Value &value);

} // namespace Liquid
