#pragma once

#include "liquid/filter.h"

// The Shopify Liquid 5 filters, one small unit per family; registerStandardFilters()
// (standardfilters.cpp) is the only place that names them. Each follows Ruby Liquid's
// StandardFilters: same coercions, same nil handling, same error messages.
namespace Liquid::StandardFilters {

#define LIQUID_FILTER(name) Value name(const Value &input, const FilterArgs &args, FilterContext &ctx)

// mathfilters.cpp
LIQUID_FILTER(abs);
LIQUID_FILTER(plus);
LIQUID_FILTER(minus);
LIQUID_FILTER(times);
LIQUID_FILTER(dividedBy);
LIQUID_FILTER(modulo);
LIQUID_FILTER(round);
LIQUID_FILTER(ceil);
LIQUID_FILTER(floor);
LIQUID_FILTER(atLeast);
LIQUID_FILTER(atMost);

// casefilters.cpp
LIQUID_FILTER(upcase);
LIQUID_FILTER(downcase);
LIQUID_FILTER(capitalize);

// htmlfilters.cpp
LIQUID_FILTER(escape);
LIQUID_FILTER(escapeOnce);
LIQUID_FILTER(stripHtml);
LIQUID_FILTER(newlineToBr);
LIQUID_FILTER(stripNewlines);

// encodingfilters.cpp
LIQUID_FILTER(urlEncode);
LIQUID_FILTER(urlDecode);
LIQUID_FILTER(base64Encode);
LIQUID_FILTER(base64Decode);
LIQUID_FILTER(base64UrlSafeEncode);
LIQUID_FILTER(base64UrlSafeDecode);

// substitutionfilters.cpp
LIQUID_FILTER(append);
LIQUID_FILTER(prepend);
LIQUID_FILTER(remove);
LIQUID_FILTER(removeFirst);
LIQUID_FILTER(removeLast);
LIQUID_FILTER(replace);
LIQUID_FILTER(replaceFirst);
LIQUID_FILTER(replaceLast);

// slicingfilters.cpp
LIQUID_FILTER(slice);
LIQUID_FILTER(truncate);
LIQUID_FILTER(truncatewords);
LIQUID_FILTER(split);
LIQUID_FILTER(strip);
LIQUID_FILTER(lstrip);
LIQUID_FILTER(rstrip);

// datefilter.cpp
LIQUID_FILTER(date);

// defaultfilter.cpp
LIQUID_FILTER(defaultValue);
// Whether `default` replaces this input (nil, false or empty; allow_false keeps false).
bool defaultApplies(const Value &input, const FilterArgs &args);

// collectionfilters.cpp
LIQUID_FILTER(join);
LIQUID_FILTER(first);
LIQUID_FILTER(last);
LIQUID_FILTER(size);
LIQUID_FILTER(concat);
LIQUID_FILTER(reverse);
LIQUID_FILTER(compact);
LIQUID_FILTER(uniq);
LIQUID_FILTER(map);
LIQUID_FILTER(sum);

// sortfilters.cpp
LIQUID_FILTER(sort);
LIQUID_FILTER(sortNatural);

// selectionfilters.cpp
LIQUID_FILTER(where);
LIQUID_FILTER(reject);
LIQUID_FILTER(has);
LIQUID_FILTER(find);
LIQUID_FILTER(findIndex);

#undef LIQUID_FILTER

} // namespace Liquid::StandardFilters
