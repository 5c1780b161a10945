#pragma once

#include "liquid/filter.h"

// Braze's filters beyond Shopify Liquid (braze-liquid.md §6.3), one small unit per family;
// registerBrazeFilters() (brazefilters.cpp) is the only place that names them.
namespace Liquid::BrazeFilters {

#define BRAZE_FILTER(name) Value name(const Value &input, const FilterArgs &args, FilterContext &ctx)

// hashfilters.cpp: hex digests and HMAC signatures of the input's UTF-8 bytes.
BRAZE_FILTER(md5);
BRAZE_FILTER(sha1);
BRAZE_FILTER(sha2);
BRAZE_FILTER(hmacSha1Hex);
BRAZE_FILTER(hmacSha1Base64);
BRAZE_FILTER(hmacSha256Hex);
BRAZE_FILTER(hmacSha256Base64);
BRAZE_FILTER(hmacSha512Hex);

// escapingfilters.cpp
BRAZE_FILTER(urlEscape);
BRAZE_FILTER(urlParamEscape);
BRAZE_FILTER(jsonEscape);

// datafilters.cpp
BRAZE_FILTER(jsonParse);
BRAZE_FILTER(asJsonString);
BRAZE_FILTER(propertyAccessor);

// numberformatfilters.cpp
BRAZE_FILTER(numberWithDelimiter);
BRAZE_FILTER(money);

// timezonefilter.cpp
BRAZE_FILTER(timeZone);

#undef BRAZE_FILTER

} // namespace Liquid::BrazeFilters
