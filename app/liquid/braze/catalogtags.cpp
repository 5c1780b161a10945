#include "liquid/braze/brazetags.h"
#include "liquid/braze/catalogsource.h"
#include "liquid/braze/tagwords.h"

#include "liquid/environment.h"
#include "liquid/parser.h"
#include "liquid/rendercontext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Liquid::BrazeTags {

namespace {

// lupdate and the runtime agree on this context because both read it from the macro.
struct BrazeTagText
{
    Q_DECLARE_TR_FUNCTIONS(Liquid::BrazeTags)
};

// {% catalog_items CATALOG ID… %} / {% catalog_selection_items CATALOG SELECTION %}: fills
// `items` and renders nothing (braze-api-more.md §10.2). Every word may be Liquid.
class CatalogNode : public Node
{
public:
    CatalogNode(qsizetype offset, bool selection) : Node(offset), m_selection(selection) {}
    std::vector<BlockBody> words; // catalog, then ids or the selection
    bool rerender = false;

    void render(RenderContext &ctx, QString &) const override
    {
        QStringList values;
        for (const BlockBody &word : words) {
            QString text;
            word.render(ctx, text);
            values += text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        }
        const QString catalog = values.value(0);
        Array items;
        const std::shared_ptr<const CatalogSource> source = ctx.environment().catalogSource();
        if (catalog.isEmpty()) {
            ctx.warn(offset(), BrazeTagText::tr("the catalog name rendered empty; Braze finds no items"));
        } else if (!source) {
            ctx.warn(offset(), BrazeTagText::tr("the preview has no catalog data: connect a workspace or choose a catalog file; 'items' stays empty"));
        } else {
            const CatalogAnswer answer = m_selection ? source->selection(catalog, values.value(1)) : source->items(catalog, values.mid(1));
            if (!answer.error.isEmpty())
                ctx.warn(offset(), answer.error);
            for (const QString &id : answer.missingIds)
                ctx.warn(offset(), BrazeTagText::tr("the catalog '%1' has no item '%2'; Braze leaves it out of 'items'").arg(catalog, id));
            items = answer.items;
        }
        if (rerender) {
            for (Value &item : items)
                item = rerendered(ctx, item);
        }
        ctx.assign(QStringLiteral("items"), Value(std::move(items)));
    }

private:
    // :rerender renders Liquid stored in the item's text fields, one level deep, in the
    // message's context (Liquid in that output is not rendered again).
    static Value rerendered(RenderContext &ctx, const Value &item)
    {
        if (!item.isObject())
            return item;
        Object out;
        for (const auto &[key, value] : item.objectValue().entries()) {
            if (!value.isString() || (!value.stringValue().contains(QLatin1String("{{")) && !value.stringValue().contains(QLatin1String("{%")))) {
                out.insert(key, value);
                continue;
            }
            Diagnostic error;
            const TemplatePtr field = ctx.environment().parse(value.stringValue(), key, &error);
            if (!field) {
                ctx.warn(0, BrazeTagText::tr(":rerender: the catalog field '%1' is not valid Liquid: %2").arg(key, error.format()));
                out.insert(key, value);
                continue;
            }
            QString rendered;
            const Template *previous = ctx.currentTemplate();
            ctx.setCurrentTemplate(field.get());
            field->root().render(ctx, rendered);
            ctx.setCurrentTemplate(previous);
            out.insert(key, Value(std::move(rendered)));
        }
        return Value(std::move(out));
    }

    bool m_selection;
};

std::unique_ptr<Node> parseCatalogTag(Parser &parser, const Token &tag, bool selection)
{
    QList<TagWord> words;
    if (!splitTagWords(parser, tag, &words))
        return nullptr;
    const QStringView source = parser.source();
    auto node = std::make_unique<CatalogNode>(tag.offset, selection);
    for (const TagWord &w : std::as_const(words)) {
        if (source.mid(w.begin, w.end - w.begin) == QLatin1String(":rerender")) {
            node->rerender = true;
            continue;
        }
        node->words.emplace_back();
        if (!parseLiquidRange(parser, w.begin, w.end, &node->words.back()))
            return nullptr;
    }
    const qsizetype needed = 2;
    if (qsizetype(node->words.size()) < needed || (selection && node->words.size() > 2)) {
        parser.fail(tag.offset, selection ? BrazeTagText::tr("write {% catalog_selection_items catalog_name selection_name %}")
                                          : BrazeTagText::tr("write {% catalog_items catalog_name item_id [item_id…] %}"));
        return nullptr;
    }
    return node;
}

} // namespace

std::unique_ptr<Node> parseCatalogItems(Parser &parser, const Token &tag, TokenStream &)
{
    return parseCatalogTag(parser, tag, false);
}

std::unique_ptr<Node> parseCatalogSelectionItems(Parser &parser, const Token &tag, TokenStream &)
{
    return parseCatalogTag(parser, tag, true);
}

} // namespace Liquid::BrazeTags
