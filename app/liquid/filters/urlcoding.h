#pragma once

#include <QString>

#include <optional>

namespace Liquid {

// Ruby's CGI.escape (Liquid's url_encode): UTF-8 bytes other than A-Z a-z 0-9 _ . - ~ become
// %XX, a space becomes "+".
QString cgiEscape(const QString &text);
// CGI.unescape (url_decode): "+" is a space, %XX a byte; nullopt when the bytes are not UTF-8.
std::optional<QString> cgiUnescape(const QString &text);
// URI::DEFAULT_PARSER.escape (Braze's url_escape): escapes what may not appear in a URL but
// keeps the reserved characters ; / ? : @ & = + $ , [ ] and - _ . ! ~ * ' ( ). With
// `escapeAmpersand` (url_param_escape) "&" is escaped too.
QString uriEscape(const QString &text, bool escapeAmpersand);

// Ruby's Base64.strict_decode64 / urlsafe_decode64: nullopt on characters outside the
// alphabet, a length that is not a multiple of 4 (urlsafe pads first) or bad padding.
std::optional<QByteArray> strictBase64Decode(QByteArrayView text);
std::optional<QByteArray> urlSafeBase64Decode(QByteArrayView text);

} // namespace Liquid
