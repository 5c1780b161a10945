#include "liquid/braze/brazetags.h"

#include "liquid/environment.h"
#include "liquid/jsonreader.h"
#include "liquid/lexer.h"
#include "liquid/parser.h"
#include "liquid/rendercontext.h"

#include <QCoreApplication>

namespace Liquid::BrazeTags {

static QString tr(const char *text)
{
    return QCoreApplication::translate("Liquid", text);
}

namespace {

// Reads `URL :option value ...` after the tag's own Liquid was rendered (§7.1).
class OptionReader
{
public:
    explicit OptionReader(QStringView text) : m_text(text) {}

    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    QString word()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !Lexer::isLiquidSpace(m_text[m_pos]))
            ++m_pos;
        return m_text.mid(start, m_pos - start).toString();
    }
    // A {...} object, braces balanced outside quotes.
    QString braced()
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != QLatin1Char('{'))
            return word();
        const qsizetype start = m_pos;
        int depth = 0;
        QChar quote;
        for (; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text[m_pos];
            if (!quote.isNull()) {
                if (c == QLatin1Char('\\'))
                    ++m_pos;
                else if (c == quote)
                    quote = QChar();
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
            } else if (c == QLatin1Char('{')) {
                ++depth;
            } else if (c == QLatin1Char('}') && --depth == 0) {
                ++m_pos;
                break;
            }
        }
        return m_text.mid(start, m_pos - start).toString();
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && Lexer::isLiquidSpace(m_text[m_pos]))
            ++m_pos;
    }
    QStringView m_text;
    qsizetype m_pos = 0;
};

bool readRequest(QStringView text, ConnectedContentRequest *request, QString *error)
{
    OptionReader r(text);
    request->url = r.word();
    if (request->url.isEmpty() || request->url.startsWith(QLatin1Char(':'))) {
        *error = tr("connected_content needs a URL first");
        return false;
    }
    while (!r.atEnd()) {
        const QString option = r.word();
        if (option == QLatin1String(":save")) {
            request->saveAs = r.word();
        } else if (option == QLatin1String(":method")) {
            request->method = r.word().toUpper();
            if (request->method != QLatin1String("GET") && request->method != QLatin1String("POST")) {
                *error = tr("connected_content :method must be get or post");
                return false;
            }
        } else if (option == QLatin1String(":headers")) {
            const QString json = r.braced();
            QString jsonError;
            const Value headers = JsonReader::parse(QStringView(json), &jsonError);
            if (!headers.isObject()) {
                *error = tr("connected_content :headers must be a JSON object like {\"Name\": \"value\"}");
                return false;
            }
            for (const auto &e : headers.objectValue().entries())
                request->headers.append({e.first, e.second.toString()});
        } else if (option == QLatin1String(":body")) {
            request->body = r.word();
        } else if (option == QLatin1String(":content_type")) {
            request->contentType = r.word();
        } else if (option == QLatin1String(":basic_auth")) {
            request->basicAuth = r.word();
        } else if (option == QLatin1String(":cache_max_age") || option == QLatin1String(":cache")) {
            request->cacheMaxAge = r.word().toInt();
        } else if (option == QLatin1String(":no_cache")) {
            request->noCache = true;
        } else if (option == QLatin1String(":retry")) {
            request->retry = true;
        } else {
            *error = tr("connected_content does not know the option '%1'").arg(option);
            return false;
        }
    }
    return true;
}

class ConnectedContentNode : public Node
{
public:
    using Node::Node;
    BlockBody markup;

    void render(RenderContext &ctx, QString &out) const override
    {
        QString text;
        markup.render(ctx, text);
        ConnectedContentCall call;
        QString error;
        if (!readRequest(text, &call.request, &error)) {
            ctx.fail(error);
            return;
        }
        ConnectedContentFetcher *fetcher = ctx.environment().connectedContentFetcher();
        if (fetcher) {
            call.response = fetcher->fetch(call.request);
        } else {
            call.response.error = tr("the preview does not call connected content URLs");
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

std::unique_ptr<Node> parseConnectedContent(Parser &parser, const Token &tag, TokenStream &)
{
    auto node = std::make_unique<ConnectedContentNode>(tag.offset);
    if (tag.markup.isEmpty()) {
        parser.fail(tag.offset, tr("connected_content needs a URL"));
        return nullptr;
    }
    // The tag's markup is itself Liquid ({{${user_id}}} in the URL, {{token}} in headers).
    const qsizetype begin = tag.markupOffset;
    Lexer lexer(parser.source(), begin, begin + tag.markup.size());
    if (!parser.parseBody(lexer, node->markup, {}, nullptr, nullptr))
        return nullptr;
    return node;
}

} // namespace Liquid::BrazeTags
