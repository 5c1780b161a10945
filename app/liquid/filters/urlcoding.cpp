#include "liquid/filters/urlcoding.h"

#include <QStringDecoder>

#include <cstring>

namespace Liquid {

namespace {

const char HexDigits[] = "0123456789ABCDEF";

bool isAlphaNumeric(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

template<typename KeepFn>
QString percentEncode(const QString &text, KeepFn keep, bool spaceAsPlus)
{
    const QByteArray utf8 = text.toUtf8();
    QString out;
    out.reserve(utf8.size() + 8);
    for (const char ch : utf8) {
        const uchar c = uchar(ch);
        if (keep(c)) {
            out += QLatin1Char(char(c));
        } else if (c == ' ' && spaceAsPlus) {
            out += QLatin1Char('+');
        } else {
            out += QLatin1Char('%');
            out += QLatin1Char(HexDigits[c >> 4]);
            out += QLatin1Char(HexDigits[c & 0xF]);
        }
    }
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

} // namespace

QString cgiEscape(const QString &text)
{
    return percentEncode(
        text, [](uchar c) { return isAlphaNumeric(c) || c == '_' || c == '.' || c == '-' || c == '~'; }, true);
}

std::optional<QString> cgiUnescape(const QString &text)
{
    if (!text.contains(u'%') && !text.contains(u'+'))
        return text;
    const QByteArray utf8 = text.toUtf8();
    QByteArray bytes;
    bytes.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '+') {
            bytes += ' ';
        } else if (c == '%' && i + 2 < utf8.size() && hexValue(utf8[i + 1]) >= 0 && hexValue(utf8[i + 2]) >= 0) {
            bytes += char(hexValue(utf8[i + 1]) * 16 + hexValue(utf8[i + 2]));
            i += 2;
        } else {
            bytes += c;
        }
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString out = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return out;
}

QString uriEscape(const QString &text, bool escapeAmpersand)
{
    return percentEncode(
        text,
        [escapeAmpersand](uchar c) {
            if (c == '&')
                return !escapeAmpersand;
            return isAlphaNumeric(c) || (c < 128 && std::strchr("-_.!~*'();/?:@=+$,[]", c) && c != 0);
        },
        false);
}

std::optional<QByteArray> strictBase64Decode(QByteArrayView text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() / 4 * 3);
    for (qsizetype i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        const int a = base64Value(text[i]), b = base64Value(text[i + 1]);
        int c = base64Value(text[i + 2]), d = base64Value(text[i + 3]);
        if (a < 0 || b < 0)
            return std::nullopt;
        if (last && text[i + 2] == '=' && text[i + 3] == '=') {
            if (b & 0xF)
                return std::nullopt;
            out += char((a << 2) | (b >> 4));
            break;
        }
        if (c < 0)
            return std::nullopt;
        if (last && text[i + 3] == '=') {
            if (c & 0x3)
                return std::nullopt;
            out += char((a << 2) | (b >> 4));
            out += char(((b & 0xF) << 4) | (c >> 2));
            break;
        }
        if (d < 0)
            return std::nullopt;
        out += char((a << 2) | (b >> 4));
        out += char(((b & 0xF) << 4) | (c >> 2));
        out += char(((c & 0x3) << 6) | d);
    }
    return out;
}

std::optional<QByteArray> urlSafeBase64Decode(QByteArrayView text)
{
    QByteArray standard = text.toByteArray();
    standard.replace('-', '+').replace('_', '/');
    if (!standard.endsWith('=') && standard.size() % 4 != 0)
        standard.append(4 - standard.size() % 4, '=');
    return strictBase64Decode(standard);
}

} // namespace Liquid
