#include "liquid/filterregistry.h"

namespace Liquid {

// Shopify Liquid 5 filters. Owned by the filters helper.
void registerStandardFilters(FilterRegistry &registry)
{
    Q_UNUSED(registry);
}

} // namespace Liquid
