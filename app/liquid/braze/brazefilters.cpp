#include "liquid/braze/brazefilterfunctions.h"
#include "liquid/filterregistry.h"

namespace Liquid {

// Braze's additional filters (braze-liquid.md §6.3, Braze's "advanced filters" page).
void registerBrazeFilters(FilterRegistry &r)
{
    using namespace BrazeFilters;

    r.add(QStringLiteral("md5"), &md5, 0, 0);
    r.add(QStringLiteral("sha1"), &sha1, 0, 0);
    r.add(QStringLiteral("sha2"), &sha2, 0, 0);
    r.add(QStringLiteral("hmac_sha1_hex"), &hmacSha1Hex, 1, 1);
    r.add(QStringLiteral("hmac_sha1"), &hmacSha1Hex, 1, 1); // the former name of hmac_sha1_hex
    r.add(QStringLiteral("hmac_sha1_base64"), &hmacSha1Base64, 1, 1);
    r.add(QStringLiteral("hmac_sha256_hex"), &hmacSha256Hex, 1, 1);
    r.add(QStringLiteral("hmac_sha256"), &hmacSha256Hex, 1, 1); // name used on Braze's filter page
    r.add(QStringLiteral("hmac_sha256_base64"), &hmacSha256Base64, 1, 1);
    r.add(QStringLiteral("hmac_sha512"), &hmacSha512Hex, 1, 1, BrazeSupport::Untested); // encoding not documented

    r.add(QStringLiteral("url_escape"), &urlEscape, 0, 0);
    r.add(QStringLiteral("url_param_escape"), &urlParamEscape, 0, 0);
    r.add(QStringLiteral("json_escape"), &jsonEscape, 0, 0);

    r.add(QStringLiteral("json_parse"), &jsonParse, 0, 0);
    r.add(QStringLiteral("as_json_string"), &asJsonString, 0, 0);
    r.add(QStringLiteral("property_accessor"), &propertyAccessor, 1, 1);

    r.add(QStringLiteral("number_with_delimiter"), &numberWithDelimiter, 0, 0);
    r.add(QStringLiteral("money"), &money, 0, 0);

    r.add(QStringLiteral("time_zone"), &timeZone, 1, 1);
    r.add(QStringLiteral("timezone"), &timeZone, 1, 1, BrazeSupport::Untested); // spelling in one Braze example
}

} // namespace Liquid
