// if / elsif / else, unless, case / when: choose which block renders.
#include "liquid/expressionparser.h"
#include "liquid/parser.h"
#include "liquid/rendercontext.h"
#include "liquid/tags/tags.h"

#include <QCoreApplication>

namespace Liquid::Tags {

namespace {

// lupdate and the runtime agree on this context because both read it from the macro.
struct TagText
{
    Q_DECLARE_TR_FUNCTIONS(Liquid::Tags)
};

class IfNode : public Node
{
public:
    using Node::Node;
    struct Branch
    {
        std::shared_ptr<const Condition> condition; // nullptr: else
        bool negate = false;
        BlockBody body;
    };
    std::vector<Branch> branches;

    void render(RenderContext &ctx, QString &out) const override
    {
        for (const Branch &b : branches) {
            if (b.condition) {
                const bool result = b.condition->evaluate(ctx);
                if (ctx.failed())
                    return;
                if (result == b.negate)
                    continue;
            }
            b.body.render(ctx, out);
            return;
        }
    }
    bool isBlank() const override
    {
        return std::all_of(branches.begin(), branches.end(), [](const Branch &b) { return b.body.isBlank(); });
    }
};

class CaseNode : public Node
{
public:
    using Node::Node;
    Expression subject;
    struct When
    {
        QList<Expression> values; // empty: else
        BlockBody body;
    };
    std::vector<When> whens;

    void render(RenderContext &ctx, QString &out) const override
    {
        const Value value = subject.evaluate(ctx);
        bool runElse = true;
        for (const When &w : whens) {
            if (w.values.isEmpty()) {
                if (runElse)
                    w.body.render(ctx, out);
            } else {
                // `when a, b` renders once per matching value, as Shopify does.
                for (const Expression &candidate : w.values) {
                    if (candidate.evaluate(ctx).equals(value)) {
                        runElse = false;
                        w.body.render(ctx, out);
                    }
                }
            }
            if (ctx.shouldLeaveBlock())
                return;
        }
    }
    bool isBlank() const override
    {
        return std::all_of(whens.begin(), whens.end(), [](const When &w) { return w.body.isBlank(); });
    }
};

std::shared_ptr<const Condition> parseConditionMarkup(Parser &parser, const Token &tag)
{
    if (tag.markup.isEmpty()) {
        parser.fail(tag.offset, TagText::tr("'%1' needs a condition").arg(tag.name.toString()));
        return nullptr;
    }
    auto condition = std::make_shared<Condition>();
    if (!parser.parseConditionMarkup(tag.markup, tag.markupOffset, condition.get()))
        return nullptr;
    return condition;
}

std::unique_ptr<Node> parseConditional(Parser &parser, const Token &tag, TokenStream &tokens, bool negate)
{
    const QLatin1String endName = negate ? QLatin1String("endunless") : QLatin1String("endif");
    auto node = std::make_unique<IfNode>(tag.offset);
    Token current = tag;
    bool first = true;
    while (true) {
        IfNode::Branch branch;
        if (current.name != QLatin1String("else")) {
            branch.condition = parseConditionMarkup(parser, current);
            if (!branch.condition)
                return nullptr;
            branch.negate = negate && first; // unless negates only its own condition
        }
        first = false;
        Token stop;
        if (!parser.parseBody(tokens, branch.body, {QLatin1String("elsif"), QLatin1String("else"), endName}, &stop, &tag))
            return nullptr;
        node->branches.push_back(std::move(branch));
        if (stop.name == endName)
            break;
        current = stop;
    }
    if (node->isBlank()) {
        for (auto &b : node->branches)
            b.body.removeBlankText();
    }
    return node;
}

} // namespace

std::unique_ptr<Node> parseIf(Parser &parser, const Token &tag, TokenStream &tokens)
{
    return parseConditional(parser, tag, tokens, false);
}

std::unique_ptr<Node> parseUnless(Parser &parser, const Token &tag, TokenStream &tokens)
{
    return parseConditional(parser, tag, tokens, true);
}

std::unique_ptr<Node> parseCase(Parser &parser, const Token &tag, TokenStream &tokens)
{
    auto node = std::make_unique<CaseNode>(tag.offset);
    ExpressionParser p(parser, tag.markup, tag.markupOffset);
    if (p.atEnd()) {
        parser.fail(tag.offset, TagText::tr("case needs a value: {% case variable %}"));
        return nullptr;
    }
    if (!p.parseExpression(&node->subject) || !p.expectEnd())
        return nullptr;
    const std::initializer_list<QLatin1String> stops = {QLatin1String("when"), QLatin1String("else"), QLatin1String("endcase")};
    BlockBody beforeFirstWhen; // Shopify discards whatever precedes the first when
    Token stop;
    if (!parser.parseBody(tokens, beforeFirstWhen, stops, &stop, &tag))
        return nullptr;
    while (stop.name != QLatin1String("endcase")) {
        CaseNode::When when;
        if (stop.name == QLatin1String("when")) {
            ExpressionParser wp(parser, stop.markup, stop.markupOffset);
            if (wp.atEnd()) {
                parser.fail(stop.offset, TagText::tr("when needs a value to compare with"));
                return nullptr;
            }
            do {
                Expression value;
                if (!wp.parseExpression(&value))
                    return nullptr;
                when.values.append(std::move(value));
            } while (wp.accept(MarkupToken::Kind::Comma) || wp.acceptWord(QLatin1String("or")));
            if (!wp.expectEnd())
                return nullptr;
        }
        if (!parser.parseBody(tokens, when.body, stops, &stop, &tag))
            return nullptr;
        node->whens.push_back(std::move(when));
    }
    if (node->isBlank()) {
        for (auto &w : node->whens)
            w.body.removeBlankText();
    }
    return node;
}

} // namespace Liquid::Tags
