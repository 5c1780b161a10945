#include "liquid/braze/brazefilterfunctions.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

// md5, sha1, sha2 (SHA-256) as lower-case hex; HMAC-SHA1/256/512 keyed with the argument, as
// hex or Base64 (Braze's documented test vectors are in tst_brazefilters).
namespace Liquid::BrazeFilters {

namespace {

Value digest(const Value &input, QCryptographicHash::Algorithm algorithm)
{
    return Value(QString::fromLatin1(QCryptographicHash::hash(input.toString().toUtf8(), algorithm).toHex()));
}

QByteArray hmac(const Value &input, const Value &key, QCryptographicHash::Algorithm algorithm)
{
    return QMessageAuthenticationCode::hash(input.toString().toUtf8(), key.toString().toUtf8(), algorithm);
}

} // namespace

Value md5(const Value &input, const FilterArgs &, FilterContext &)
{
    return digest(input, QCryptographicHash::Md5);
}

Value sha1(const Value &input, const FilterArgs &, FilterContext &)
{
    return digest(input, QCryptographicHash::Sha1);
}

Value sha2(const Value &input, const FilterArgs &, FilterContext &)
{
    return digest(input, QCryptographicHash::Sha256);
}

Value hmacSha1Hex(const Value &input, const FilterArgs &args, FilterContext &)
{
    return Value(QString::fromLatin1(hmac(input, args.at(0), QCryptographicHash::Sha1).toHex()));
}

Value hmacSha1Base64(const Value &input, const FilterArgs &args, FilterContext &)
{
    return Value(QString::fromLatin1(hmac(input, args.at(0), QCryptographicHash::Sha1).toBase64()));
}

Value hmacSha256Hex(const Value &input, const FilterArgs &args, FilterContext &)
{
    return Value(QString::fromLatin1(hmac(input, args.at(0), QCryptographicHash::Sha256).toHex()));
}

Value hmacSha256Base64(const Value &input, const FilterArgs &args, FilterContext &)
{
    return Value(QString::fromLatin1(hmac(input, args.at(0), QCryptographicHash::Sha256).toBase64()));
}

Value hmacSha512Hex(const Value &input, const FilterArgs &args, FilterContext &)
{
    return Value(QString::fromLatin1(hmac(input, args.at(0), QCryptographicHash::Sha512).toHex()));
}

} // namespace Liquid::BrazeFilters
