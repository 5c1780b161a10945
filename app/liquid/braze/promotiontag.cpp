#include "liquid/braze/brazetags.h"

#include "liquid/parser.h"
#include "liquid/rendercontext.h"

#include <QCoreApplication>

namespace Liquid::BrazeTags {

namespace {

// lupdate and the runtime agree on this context because both read it from the macro.
struct BrazeTagText
{
    Q_DECLARE_TR_FUNCTIONS(Liquid::BrazeTags)
};

// Renders a sample code no one can take for a real one: PREVIEW-VIP-DEAL-1, -2… per list.
class PromotionNode : public Node
{
public:
    PromotionNode(qsizetype offset, QString list) : Node(offset), m_list(std::move(list)) {}
    void render(RenderContext &ctx, QString &out) const override
    {
        QList<PromotionCode> &codes = ctx.shared().result->promotionCodes;
        const qsizetype n = std::count_if(codes.cbegin(), codes.cend(), [&](const PromotionCode &c) { return c.list == m_list; }) + 1;
        QString name = m_list.toUpper();
        for (QChar &c : name) {
            if (!c.isLetterOrNumber())
                c = QLatin1Char('-');
        }
        PromotionCode code{m_list, QStringLiteral("PREVIEW-%1-%2").arg(name).arg(n)};
        out += code.sample;
        codes.append(std::move(code));
    }

private:
    QString m_list;
};

} // namespace

// {% promotion('list_name') %} (§7.5). Braze takes a code from the list every time the snippet
// is rendered, even inside a branch that is not taken: the warning says so where it matters.
std::unique_ptr<Node> parsePromotion(Parser &parser, const Token &tag, TokenStream &)
{
    QStringView m = tag.markup.trimmed();
    if (m.startsWith(QLatin1Char('(')) && m.endsWith(QLatin1Char(')')))
        m = m.mid(1, m.size() - 2).trimmed();
    const bool quoted = m.size() >= 2 && (m.front() == QLatin1Char('\'') || m.front() == QLatin1Char('"')) && m.back() == m.front();
    if (quoted)
        m = m.mid(1, m.size() - 2);
    if (m.isEmpty() || (!quoted && parser.strict())) {
        parser.fail(tag.markupOffset, BrazeTagText::tr("promotion needs the list's name in quotes: {% promotion('list_name') %}"));
        return nullptr;
    }
    if (!quoted)
        parser.warn(tag.markupOffset, BrazeTagText::tr("promotion needs the list's name in quotes: {% promotion('list_name') %}"));
    const QString list = m.toString();
    int line = 0, column = 0;
    if (const Token *branch = parser.enclosingBlock({QLatin1String("if"), QLatin1String("unless"), QLatin1String("case")})) {
        parser.lineAndColumn(branch->offset, &line, &column);
        parser.warn(tag.offset, BrazeTagText::tr("the preview shows a sample code; Braze takes one code from '%1' each time this message renders, "
                                   "even when the branch of the '%2' at line %3 is not taken").arg(list, branch->name.toString()).arg(line));
    } else {
        parser.warn(tag.offset, BrazeTagText::tr("the preview shows a sample code; Braze takes one code from '%1' each time this message renders").arg(list));
    }
    return std::make_unique<PromotionNode>(tag.offset, list);
}

} // namespace Liquid::BrazeTags
