#pragma once

#include "liquid/node.h"
#include "liquid/token.h"

#include <QHash>

#include <memory>

namespace Liquid {

class Parser;

// Parses one tag (and, for block tags, its body through Parser::parseBody). Returns
// nullptr after calling parser.fail() on a syntax error.
using TagParseFunction = std::unique_ptr<Node> (*)(Parser &parser, const Token &tag, TokenStream &tokens);

// The tags one Environment knows, by name. Look-ups take a view of the template (no string is
// built per tag): the keys view the names kept in m_names.
class TagRegistry
{
public:
    void add(const QString &name, TagParseFunction function);
    TagParseFunction find(QStringView name) const { return m_tags.value(name, nullptr); }
    QStringList names() const;

    // Built once and shared by the environments of that dialect (python-liquid's shape: a
    // registry is filled by register functions, here registerStandardTags/registerBrazeTags).
    static std::shared_ptr<const TagRegistry> shopify();
    static std::shared_ptr<const TagRegistry> braze();

private:
    QStringList m_names;
    QHash<QStringView, TagParseFunction> m_tags;
};

// The ONE place tags are registered: tags/standardtags.cpp and braze/brazetags.cpp.
void registerStandardTags(TagRegistry &registry);
void registerBrazeTags(TagRegistry &registry);

} // namespace Liquid
