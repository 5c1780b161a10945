#include "liquid/braze/brazetags.h"

#include "liquid/parser.h"
#include "liquid/rendercontext.h"

#include <QCoreApplication>

namespace Liquid::BrazeTags {

namespace {

class AbortNode : public Node
{
public:
    AbortNode(qsizetype offset, QString reason) : Node(offset), m_reason(std::move(reason)) {}
    void render(RenderContext &ctx, QString &) const override { ctx.abort(m_reason); }

private:
    QString m_reason;
};

bool isQuoted(QStringView s)
{
    return s.size() >= 2 && (s.front() == QLatin1Char('\'') || s.front() == QLatin1Char('"')) && s.back() == s.front();
}

} // namespace

// {% abort_message %}, {% abort_message() %}, {% abort_message('reason') %} (§7.2). The
// reason is a plain string, not Liquid. Without quotes Braze still aborts (the tag runs in lax
// mode), so the console aborts too, with the text as written, and warns.
std::unique_ptr<Node> parseAbortMessage(Parser &parser, const Token &tag, TokenStream &)
{
    QStringView m = tag.markup.trimmed();
    if (m.startsWith(QLatin1Char('(')) && m.endsWith(QLatin1Char(')')))
        m = m.mid(1, m.size() - 2).trimmed();
    if (m.isEmpty())
        return std::make_unique<AbortNode>(tag.offset, QString());
    if (!isQuoted(m)) {
        if (parser.strict()) {
            parser.fail(tag.markupOffset, QCoreApplication::translate("Liquid", "abort_message takes a reason in quotes: {% abort_message('reason') %}"));
            return nullptr;
        }
        parser.warn(tag.markupOffset, QCoreApplication::translate("Liquid", "abort_message takes a reason in quotes: {% abort_message('reason') %}; the message aborts with the text as written"));
        return std::make_unique<AbortNode>(tag.offset, m.toString());
    }
    return std::make_unique<AbortNode>(tag.offset, m.mid(1, m.size() - 2).toString());
}

} // namespace Liquid::BrazeTags
