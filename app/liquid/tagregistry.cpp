#include "liquid/tagregistry.h"

namespace Liquid {

TagParseFunction TagRegistry::find(QStringView name) const
{
    const auto it = m_tags.constFind(name.toString());
    return it == m_tags.cend() ? nullptr : it.value();
}

const TagRegistry &TagRegistry::standard()
{
    static const TagRegistry registry = [] {
        TagRegistry r;
        registerStandardTags(r);
        registerBrazeTags(r);
        return r;
    }();
    return registry;
}

} // namespace Liquid
