#pragma once

#include <QString>

namespace Braze::Validation {

// Syntax of an e-mail address as a marketer would type it: local part, "@", a domain with a
// dot and a top-level domain of two or more letters. International domains are accepted.
// Quoted local parts and IP-address domains are refused: Braze users never need them and they
// are almost always typing mistakes. Empty result = valid.
QString emailProblem(const QString &email);

} // namespace Braze::Validation
