#include "liquid/tagregistry.h"

namespace Liquid {

// Braze's own tags (braze-liquid.md §7), registered in this one place.
void registerBrazeTags(TagRegistry &registry)
{
    Q_UNUSED(registry);
}

} // namespace Liquid
