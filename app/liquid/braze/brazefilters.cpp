#include "liquid/filterregistry.h"

namespace Liquid {

// Braze's additional filters (braze-liquid.md §6.3). Owned by the filters helper.
void registerBrazeFilters(FilterRegistry &registry)
{
    Q_UNUSED(registry);
}

} // namespace Liquid
