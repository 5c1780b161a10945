#pragma once

// Parse functions of Braze's tags, registered in braze/brazetags.cpp.
#include "liquid/renderresult.h"
#include "liquid/tagregistry.h"

namespace Liquid::BrazeTags {

std::unique_ptr<Node> parseAbortMessage(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseConnectedContent(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parsePromotion(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseMessageExtras(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseCatalogItems(Parser &parser, const Token &tag, TokenStream &tokens);
std::unique_ptr<Node> parseCatalogSelectionItems(Parser &parser, const Token &tag, TokenStream &tokens);

// After a render: a connected_content call with :retry that failed aborts the message (Braze
// retries it and aborts after the last failure), unless the template aborted on its own.
void settleRetries(RenderResult &result);

} // namespace Liquid::BrazeTags
