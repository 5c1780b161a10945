#include "liquid/braze/brazetags.h"
#include "liquid/braze/tagwords.h"

#include "liquid/environment.h"
#include "liquid/jsonreader.h"
#include "liquid/lexer.h"
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

// Where a `:headers {…}` object that starts at `begin` ends: braces are counted outside JSON
// strings and outside the Liquid inside it (`{{ 'a' }}` may hold quotes), so the object may
// span words. Returns `end` when it never closes.
qsizetype bracedEnd(QStringView source, qsizetype begin, qsizetype end)
{
    Lexer lexer(source, begin, end);
    int depth = 0;
    bool quoted = false;
    while (true) {
        const Token t = lexer.next();
        if (t.kind == Token::Kind::End || t.kind == Token::Kind::Error)
            return end;
        if (t.kind != Token::Kind::Text)
            continue;
        const qsizetype textEnd = t.markup.isEmpty() ? t.offset : t.markupOffset + t.markup.size();
        for (qsizetype i = t.offset; i < textEnd; ++i) {
            const QChar c = source[i];
            if (quoted) {
                if (c == QLatin1Char('\\'))
                    ++i;
                else if (c == QLatin1Char('"'))
                    quoted = false;
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char('{')) {
                ++depth;
            } else if (c == QLatin1Char('}') && --depth == 0) {
                return i + 1;
            }
        }
    }
}

constexpr int MinCacheSeconds = 300;
constexpr int MaxCacheSeconds = 14400;
constexpr int BrazeRetries = 5;

enum class Option : quint8 { Save, Method, Headers, Body, ContentType, BasicAuth, CacheMaxAge, NoCache, Retry, Rerender };

std::optional<Option> optionNamed(QStringView name)
{
    static const struct { const char *name; Option option; } options[] = {
        {":save", Option::Save}, {":method", Option::Method}, {":headers", Option::Headers}, {":body", Option::Body},
        {":content_type", Option::ContentType}, {":basic_auth", Option::BasicAuth}, {":cache_max_age", Option::CacheMaxAge},
        {":cache", Option::CacheMaxAge}, {":no_cache", Option::NoCache}, {":retry", Option::Retry}, {":rerender", Option::Rerender},
    };
    for (const auto &o : options) {
        if (name == QLatin1String(o.name))
            return o.option;
    }
    return std::nullopt;
}

bool takesValue(Option option)
{
    return option != Option::NoCache && option != Option::Retry && option != Option::Rerender;
}

class ConnectedContentNode : public Node
{
public:
    using Node::Node;
    struct Setting
    {
        Option option;
        qsizetype offset = 0;
        BlockBody value; // Liquid, rendered on its own
    };
    BlockBody url;
    std::vector<Setting> settings;

    bool buildRequest(RenderContext &ctx, ConnectedContentRequest *request) const
    {
        url.render(ctx, request->url);
        request->url = request->url.trimmed();
        if (request->url.isEmpty()) {
            ctx.fail(BrazeTagText::tr("connected_content needs a URL first"));
            return false;
        }
        for (const Setting &setting : settings) {
            QString value;
            setting.value.render(ctx, value);
            switch (setting.option) {
            case Option::Save: request->saveAs = value.trimmed(); break;
            case Option::Method:
                request->method = value.trimmed().toUpper();
                if (request->method != QLatin1String("GET") && request->method != QLatin1String("POST")) {
                    ctx.fail(BrazeTagText::tr("connected_content :method must be get or post"));
                    return false;
                }
                break;
            case Option::Headers: {
                QString jsonError;
                const Value headers = JsonReader::parse(QStringView(value), &jsonError);
                if (!headers.isObject()) {
                    ctx.fail(BrazeTagText::tr("connected_content :headers must be a JSON object like {\"Name\": \"value\"}"));
                    return false;
                }
                for (const auto &e : headers.objectValue().entries())
                    request->headers.append({e.first, e.second.toString()});
                break;
            }
            case Option::Body: request->body = value; break;
            case Option::ContentType: request->contentType = value.trimmed(); break;
            case Option::BasicAuth: request->basicAuth = value.trimmed(); break;
            case Option::CacheMaxAge: {
                bool isNumber = false;
                request->cacheMaxAge = value.trimmed().toInt(&isNumber);
                // Braze keeps answers between 5 minutes and 4 hours (braze-liquid.md §7.1).
                if (!isNumber || request->cacheMaxAge < MinCacheSeconds || request->cacheMaxAge > MaxCacheSeconds) {
                    ctx.warn(setting.offset, BrazeTagText::tr("connected_content :cache_max_age takes seconds from 300 to 14400; Braze keeps '%1' within that range")
                                                 .arg(value.trimmed()));
                    request->cacheMaxAge = qBound(MinCacheSeconds, isNumber ? request->cacheMaxAge : MinCacheSeconds, MaxCacheSeconds);
                }
                break;
            }
            case Option::NoCache: request->noCache = true; break;
            case Option::Retry: request->retry = true; break;
            case Option::Rerender: break;
            }
        }
        return true;
    }

    void render(RenderContext &ctx, QString &out) const override
    {
        ConnectedContentCall call;
        if (!buildRequest(ctx, &call.request))
            return;
        ConnectedContentFetcher *fetcher = ctx.shared().fetcher;
        const int maxCalls = ctx.environment().limits().maxConnectedContentCalls;
        if (fetcher && ctx.shared().result->connectedContent.size() >= maxCalls) {
            call.response.error = BrazeTagText::tr("not fetched: one render makes at most %1 connected content calls (console limit)").arg(maxCalls);
        } else if (fetcher) {
            call.response = fetcher->fetch(call.request);
        } else {
            call.response.error = BrazeTagText::tr("the preview does not call connected content URLs");
        }
        ctx.shared().result->connectedContent.append(call);
        if (!call.response.performed)
            return;
        const ConnectedContentResponse &response = call.response;
        QString jsonError;
        Value parsed = JsonReader::parse(QByteArrayView(response.body), &jsonError);
        const bool isJson = jsonError.isEmpty() && (parsed.isObject() || parsed.isArray());
        if (isJson && parsed.isObject() && response.status >= 200 && response.status < 300) {
            Object object = parsed.objectValue();
            object.insert(QStringLiteral("__http_status_code__"), Value(qint64(response.status)));
            parsed = Value(std::move(object));
        }
        if (!call.request.saveAs.isEmpty()) {
            ctx.assign(call.request.saveAs, isJson ? parsed : Value(QString::fromUtf8(response.body)));
        } else if (isJson) {
            ctx.assign(QStringLiteral("connected"), parsed);
        } else if (response.status != 404) {
            out += QString::fromUtf8(response.body);
        }
    }
};

} // namespace

void settleRetries(RenderResult &result)
{
    for (const ConnectedContentCall &call : std::as_const(result.connectedContent)) {
        if (call.response.credentialMissing && !result.aborted) {
            result.aborted = true;
            result.abortMessage = call.response.error;
            return;
        }
        if (!call.request.retry || !call.attempted() || !call.response.failed())
            continue;
        // The template's own abort on the failure wins: Braze then does not retry (§7.1).
        if (result.aborted)
            return;
        result.aborted = true;
        const QString why = call.response.performed ? QStringLiteral("HTTP %1").arg(call.response.status) : call.response.error;
        result.abortMessage = BrazeTagText::tr("connected_content %1 failed (%2); with :retry Braze tries it up to %3 more times with growing waits "
                                               "and aborts the message when every try fails")
                                  .arg(call.request.url, why)
                                  .arg(BrazeRetries);
        return;
    }
}

// `{% connected_content URL :option value … %}`: the URL and each option's value are Liquid
// of their own (§7.1), split apart as written and rendered one by one.
std::unique_ptr<Node> parseConnectedContent(Parser &parser, const Token &tag, TokenStream &)
{
    auto node = std::make_unique<ConnectedContentNode>(tag.offset);
    if (tag.markup.isEmpty()) {
        parser.fail(tag.offset, BrazeTagText::tr("connected_content needs a URL"));
        return nullptr;
    }
    const QStringView source = parser.source();
    QList<TagWord> words;
    if (!splitTagWords(parser, tag, &words))
        return nullptr;
    const auto text = [&](const TagWord &w) { return source.mid(w.begin, w.end - w.begin); };
    if (words.isEmpty() || text(words.first()).startsWith(QLatin1Char(':'))) {
        parser.fail(tag.markupOffset, BrazeTagText::tr("connected_content needs a URL first"));
        return nullptr;
    }
    if (!parseLiquidRange(parser, words.first().begin, words.first().end, &node->url))
        return nullptr;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QStringView name = text(words.at(i));
        const std::optional<Option> option = optionNamed(name);
        if (!option) {
            if (parser.strict()) {
                parser.fail(words.at(i).begin, BrazeTagText::tr("connected_content does not know the option '%1'").arg(name.toString()));
                return nullptr;
            }
            parser.warn(words.at(i).begin, BrazeTagText::tr("connected_content does not know the option '%1'; it is ignored").arg(name.toString()));
            continue;
        }
        ConnectedContentNode::Setting setting;
        setting.option = *option;
        setting.offset = words.at(i).begin;
        if (*option == Option::Rerender)
            parser.warn(words.at(i).begin, BrazeTagText::tr(":rerender renders Liquid in catalog items; connected_content ignores it"));
        if (takesValue(*option)) {
            if (i + 1 >= words.size() || text(words.at(i + 1)).startsWith(QLatin1Char(':'))) {
                parser.fail(words.at(i).begin, BrazeTagText::tr("connected_content %1 needs a value").arg(name.toString()));
                return nullptr;
            }
            const qsizetype begin = words.at(++i).begin;
            if (*option == Option::Headers && text(words.at(i)).startsWith(QLatin1Char('{'))) {
                const qsizetype close = bracedEnd(source, begin, words.last().end);
                while (i + 1 < words.size() && words.at(i + 1).begin < close)
                    ++i;
            }
            if (!parseLiquidRange(parser, begin, words.at(i).end, &setting.value))
                return nullptr;
        }
        node->settings.push_back(std::move(setting));
    }
    return node;
}

} // namespace Liquid::BrazeTags
