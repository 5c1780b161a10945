#pragma once

// Parse functions of the standard tags, registered in tags/standardtags.cpp. Internal to
// core_liquid.
#include "liquid/tagregistry.h"

namespace Liquid::Tags {

std::unique_ptr<Node> parseAssign(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseCapture(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseIf(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseUnless(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseCase(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseComment(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseInlineComment(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseDoc(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseRaw(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseCycle(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseIncrement(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseDecrement(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseEcho(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseIfchanged(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseFor(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseBreak(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseContinue(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseTablerow(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseInclude(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseRender(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseLiquid(Parser &parser, const Token &tag, TokenStream &tokens);

// Shared helpers.
// A node that renders nothing (comments, docs); blank so it never keeps whitespace alive.
class BlankNode : public Node
{
public:
    using Node::Node;
    void render(RenderContext &, QString &) const override {}
    bool isBlank() const override { return true; }
};

// Variable names Shopify accepts for assign/capture/increment targets: letters, digits,
// '_' and '-' (not leading).
bool isValidTargetName(QStringView name);

} // namespace Liquid::Tags
