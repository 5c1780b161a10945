#include "liquid/tagregistry.h"

namespace Liquid {

void TagRegistry::add(const QString &name, TagParseFunction function)
{
    const qsizetype existing = m_names.indexOf(name);
    if (existing >= 0) {
        m_tags.insert(QStringView(m_names.at(existing)), function);
        return;
    }
    m_names.append(name);
    m_tags.insert(QStringView(m_names.last()), function);
}

QStringList TagRegistry::names() const
{
    QStringList names = m_names;
    names.sort();
    return names;
}

std::shared_ptr<const TagRegistry> TagRegistry::shopify()
{
    static const auto registry = [] {
        auto r = std::make_shared<TagRegistry>();
        registerStandardTags(*r);
        return std::shared_ptr<const TagRegistry>(std::move(r));
    }();
    return registry;
}

std::shared_ptr<const TagRegistry> TagRegistry::braze()
{
    static const auto registry = [] {
        auto r = std::make_shared<TagRegistry>(*shopify());
        registerBrazeTags(*r);
        return std::shared_ptr<const TagRegistry>(std::move(r));
    }();
    return registry;
}

} // namespace Liquid
