#include "liquid/braze/brazetags.h"

#include "liquid/parser.h"
#include "liquid/rendercontext.h"
#include "liquid/tags/tags.h"

#include <QCoreApplication>

namespace Liquid {

namespace {

// Braze tags the console recognises but cannot reproduce (shopping carts, preference-center
// fields): they render nothing, so a template using them still previews (braze-liquid.md §7.7).
std::unique_ptr<Node> parseRecognisedOnly(Parser &parser, const Token &tag, TokenStream &)
{
    parser.warn(tag.offset, QCoreApplication::translate("Liquid", "{% %1 %} only works in Braze; the preview leaves it empty").arg(tag.name.toString()));
    return std::make_unique<Tags::BlankNode>(tag.offset);
}

} // namespace

// Braze's own tags (braze-liquid.md §7), registered in this one place.
void registerBrazeTags(TagRegistry &r)
{
    r.add(QStringLiteral("abort_message"), &BrazeTags::parseAbortMessage);
    r.add(QStringLiteral("connected_content"), &BrazeTags::parseConnectedContent);
    r.add(QStringLiteral("promotion"), &BrazeTags::parsePromotion);
    r.add(QStringLiteral("message_extras"), &BrazeTags::parseMessageExtras);
    r.add(QStringLiteral("catalog_items"), &BrazeTags::parseCatalogItems);
    r.add(QStringLiteral("catalog_selection_items"), &BrazeTags::parseCatalogSelectionItems);
    for (const char *name : {"shopping_cart", "form_field_name"})
        r.add(QString::fromLatin1(name), &parseRecognisedOnly);
}

} // namespace Liquid
