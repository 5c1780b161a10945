#include "liquid/braze/brazetags.h"
#include "liquid/braze/tagwords.h"

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

constexpr qsizetype kExtrasLimitBytes = 1024; // keys and values together (§7.6)

// Renders nothing; adds its pair to what Braze attaches to the send event: the first value
// of a key wins, and beyond 1 KB in total the rest is cut.
class MessageExtrasNode : public Node
{
public:
    using Node::Node;
    BlockBody key;
    BlockBody value;
    bool attaches = false; // false after a misuse the parser warned about

    void render(RenderContext &ctx, QString &) const override
    {
        if (!attaches)
            return;
        MessageExtra extra;
        key.render(ctx, extra.key);
        value.render(ctx, extra.value);
        extra.key = extra.key.trimmed();
        extra.value = extra.value.trimmed();
        QList<MessageExtra> &extras = ctx.shared().result->messageExtras;
        qsizetype used = 0;
        for (const MessageExtra &e : std::as_const(extras)) {
            if (e.key == extra.key) {
                ctx.warn(offset(), BrazeTagText::tr("message_extras: the key '%1' is already set; Braze keeps the first value").arg(extra.key));
                return;
            }
            used += e.key.toUtf8().size() + e.value.toUtf8().size();
        }
        const QByteArray pair = extra.key.toUtf8() + extra.value.toUtf8();
        if (used + pair.size() > kExtrasLimitBytes) {
            ctx.warn(offset(), BrazeTagText::tr("message_extras: keys and values exceed 1 KB in total; Braze cuts '%1' and anything after it").arg(extra.key));
            const qsizetype room = kExtrasLimitBytes - used - extra.key.toUtf8().size();
            if (room <= 0)
                return;
            extra.value = QString::fromUtf8(extra.value.toUtf8().left(room));
        }
        extras.append(std::move(extra));
    }
    bool isBlank() const override { return true; }
};

} // namespace

// {% message_extras :key NAME :value VALUE %} (§7.6): both may hold Liquid variables (no
// tags); :key must come before :value.
std::unique_ptr<Node> parseMessageExtras(Parser &parser, const Token &tag, TokenStream &)
{
    QList<TagWord> words;
    if (!splitTagWords(parser, tag, &words))
        return nullptr;
    const QStringView source = parser.source();
    const auto text = [&](const TagWord &w) { return source.mid(w.begin, w.end - w.begin); };
    const auto isOption = [&](qsizetype i) {
        return text(words.at(i)) == QLatin1String(":key") || text(words.at(i)) == QLatin1String(":value");
    };
    auto node = std::make_unique<MessageExtrasNode>(tag.offset);
    bool haveKey = false, haveValue = false;
    const QString usage = BrazeTagText::tr("write {% message_extras :key name :value value %}");
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!isOption(i)) {
            const QString message = BrazeTagText::tr("message_extras does not expect '%1'; %2").arg(text(words.at(i)).toString(), usage);
            if (parser.strict()) {
                parser.fail(words.at(i).begin, message);
                return nullptr;
            }
            parser.warn(words.at(i).begin, message);
            continue;
        }
        const bool isKey = text(words.at(i)) == QLatin1String(":key");
        if (!isKey && !haveKey) {
            parser.warn(words.at(i).begin, BrazeTagText::tr("message_extras needs :key before :value; Braze does not attach this pair"));
            return std::make_unique<MessageExtrasNode>(tag.offset); // attaches nothing, renders nothing
        }
        qsizetype last = i;
        while (last + 1 < words.size() && !isOption(last + 1))
            ++last;
        if (last == i) {
            parser.warn(words.at(i).begin, BrazeTagText::tr("message_extras %1 has no value; %2").arg(text(words.at(i)).toString(), usage));
            return std::make_unique<MessageExtrasNode>(tag.offset);
        }
        const qsizetype begin = words.at(i + 1).begin, end = words.at(last).end;
        if (source.mid(begin, end - begin).contains(QLatin1String("{%"))) {
            parser.warn(begin, BrazeTagText::tr("message_extras takes variables but no tags; Braze does not attach this pair"));
            return std::make_unique<MessageExtrasNode>(tag.offset);
        }
        if (!parseLiquidRange(parser, begin, end, isKey ? &node->key : &node->value))
            return nullptr;
        (isKey ? haveKey : haveValue) = true;
        i = last;
    }
    if (!haveKey || !haveValue) {
        parser.warn(tag.offset, BrazeTagText::tr("message_extras needs both :key and :value; %1").arg(usage));
        return std::make_unique<MessageExtrasNode>(tag.offset);
    }
    node->attaches = true;
    return node;
}

} // namespace Liquid::BrazeTags
