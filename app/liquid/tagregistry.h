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

class TagRegistry
{
public:
    void add(const QString &name, TagParseFunction function) { m_tags.insert(name, function); }
    TagParseFunction find(QStringView name) const;
    QStringList names() const { return m_tags.keys(); }

    // Standard Liquid 5 tags and Braze's tags, built once.
    static const TagRegistry &standard();

private:
    QHash<QString, TagParseFunction> m_tags;
};

// The ONE place tags are registered: tags/standardtags.cpp and braze/brazetags.cpp.
void registerStandardTags(TagRegistry &registry);
void registerBrazeTags(TagRegistry &registry);

} // namespace Liquid
