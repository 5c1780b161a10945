#include "webhook/requestrenderer.h"

#include "webhook/attributepath.h"
#include "webhook/jsontext.h"
#include "webhook/settingreference.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace Webhook {

namespace {


// Header names machine translation produced in the seeds (braze-liquid.md §12).
const QHash<QString, QString> &translatedHeaderNames()
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("autorisierung"), QStringLiteral("Authorization")},
        {QStringLiteral("autorisation"), QStringLiteral("Authorization")},
        {QStringLiteral("content-typ"), QStringLiteral("Content-Type")},
        {QStringLiteral("type de contenu"), QStringLiteral("Content-Type")},
        {QStringLiteral("content-typ:"), QStringLiteral("Content-Type")},
    };
    return names;
}

bool isHeaderToken(const QString &name)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return token.match(name).hasMatch();
}

WebhookProblem problem(WebhookProblem::Field field, int row, const QString &message,
                       WebhookProblem::Severity severity = WebhookProblem::Severity::Error, int line = 0, int column = 0)
{
    return WebhookProblem{field, row, line, column, message, severity};
}

} // namespace

RequestRenderer::RequestRenderer()
{
    m_environment.setErrorMode(Liquid::ErrorMode::Lax);
    m_token = QString::number(QRandomGenerator::system()->generate() | 0x10000000u, 16).left(8);
}

QString RequestRenderer::tokenized(const QString &source) const
{
    // The placeholder and its stand-in have the same length, so line:column stay true.
    return SecretReference::replace(source, [this](const QString &name) {
        return QStringLiteral("⦃%1:%2⦄").arg(m_token, name);
    });
}

RequestRenderer::Compiled RequestRenderer::compile(const QString &source)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_cache.constFind(source);
    if (it != m_cache.constEnd())
        return *it;
    if (m_cache.size() > 512)   // sources of old edits; a template has a few dozen fields at most
        m_cache.clear();
    Compiled compiled;
    compiled.tmpl = m_environment.parse(source, QString(), &compiled.error);
    m_cache.insert(source, compiled);
    return compiled;
}

namespace {

// Tells an OutputListener which field the engine's offsets belong to.
class FieldListener : public Liquid::OutputObserver
{
public:
    FieldListener(OutputListener *listener, WebhookProblem::Field field, int row)
        : m_listener(listener), m_field(field), m_row(row) {}
    void outputRendered(qsizetype offset, QStringView text, bool fellBackToDefault) override
    {
        m_listener->outputRendered(OutputSite{m_field, m_row, offset}, text, fellBackToDefault);
    }

private:
    OutputListener *m_listener;
    WebhookProblem::Field m_field;
    int m_row;
};

} // namespace

QString RequestRenderer::renderField(const QString &rawSource, FieldRef where, Pass &pass)
{
    RenderedRequest &out = pass.out;
    QStringList *attributes = pass.attributes;
    const QString source = tokenized(rawSource);
    if (!source.contains(QLatin1Char('{')) && !source.contains(QLatin1Char('%')))
        return source;   // plain text: nothing to parse
    const Compiled compiled = compile(source);
    if (!compiled.tmpl) {
        out.problems.append(problem(where.field, where.row, compiled.error.message, WebhookProblem::Severity::Error,
                                    compiled.error.line, compiled.error.column));
        return {};
    }
    for (const Liquid::Diagnostic &warning : compiled.tmpl->analysis().warnings)
        out.problems.append(problem(where.field, where.row, warning.message, WebhookProblem::Severity::Warning,
                                    warning.line, warning.column));
    for (const QString &attribute : compiled.tmpl->analysis().brazeAttributes) {
        if (attributes && !attributes->contains(attribute))
            attributes->append(attribute);
    }
    FieldListener fieldListener(pass.listener, where.field, where.row);
    const Liquid::RenderResult result = m_environment.render(*compiled.tmpl, pass.data, pass.listener ? &fieldListener : nullptr, pass.fetcher);
    for (const Liquid::Diagnostic &error : result.errors)
        out.problems.append(problem(where.field, where.row, error.message, WebhookProblem::Severity::Error,
                                    error.line, error.column));
    for (const Liquid::Diagnostic &warning : result.warnings)
        out.problems.append(problem(where.field, where.row, warning.message, WebhookProblem::Severity::Warning,
                                    warning.line, warning.column));
    out.messageExtras += result.messageExtras;
    out.promotionCodes += result.promotionCodes;
    if (result.aborted && !out.aborted) {
        out.aborted = true;
        out.abortMessage = result.abortMessage;
    }
    out.connectedContent += result.connectedContent;
    return result.output;
}

QString RequestRenderer::resolveSecrets(const QString &text, const SecretValues *secrets, RenderedRequest &out) const
{
    static const QRegularExpression slot(QStringLiteral("⦃([0-9a-f]{8}):([A-Za-z0-9_.\\-/]+)⦄"));
    QString result;
    qsizetype last = 0;
    auto it = slot.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1) != m_token)
            continue;
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(2);
        if (!secrets) {
            result += SecretReference::mask();
        } else if (secrets->contains(name)) {
            result += secrets->value(name);
        } else {
            result += SecretReference::mask();
            if (!out.missingSecrets.contains(name))
                out.missingSecrets.append(name);
        }
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

void RequestRenderer::setPreviewCredentials(const SecretValues &credentials)
{
    QMutexLocker lock(&m_mutex);
    m_previewCredentials = credentials;
}

RenderedRequest RequestRenderer::render(const WebhookTemplate &webhook, const Liquid::Value &data,
                                        const SecretValues *secrets, OutputListener *listener)
{
    QElapsedTimer timer;
    timer.start();
    RenderedRequest out;
    QStringList attributes;
    SecretValues credentials;
    if (!secrets) {
        QMutexLocker lock(&m_mutex);
        credentials = m_previewCredentials;
    }
    ConnectedContentSource connected(webhook.stubs, &m_connectedCache, m_environment.connectedContentFetcher(), secrets ? secrets : &credentials);
    Pass pass{data, secrets, out, &attributes, listener, &connected};
    out.method = webhook.method;
    if (webhook.method == QLatin1String("PATCH"))
        out.problems.append(problem(WebhookProblem::Field::Request, -1,
                                    tr("Braze's webhook composer documents POST, GET, PUT and DELETE; check that your Braze dashboard offers PATCH before relying on it."),
                                    WebhookProblem::Severity::Warning));
    out.url = resolveSecrets(renderField(webhook.url, {WebhookProblem::Field::Url, -1}, pass).trimmed(),
                             secrets, out);
    checkUrl(out);
    for (int row = 0; row < webhook.headers.size(); ++row) {
        const KeyValueRow &header = webhook.headers.at(row);
        if (header.key.trimmed().isEmpty() && header.value.trimmed().isEmpty())
            continue;
        RenderedHeader rendered;
        rendered.name = header.key.trimmed();
        rendered.secret = !SecretReference::namesIn(header.value).isEmpty();
        rendered.value = resolveSecrets(
            renderField(header.value, {WebhookProblem::Field::HeaderValue, row}, pass), secrets, out);
        if (rendered.value.contains(QLatin1Char('\n')) || rendered.value.contains(QLatin1Char('\r')))
            out.problems.append(problem(WebhookProblem::Field::HeaderValue, row,
                                        tr("The rendered value contains a line break, which a header cannot carry.")));
        out.headers.append(rendered);
    }
    checkHeaders(webhook, out);
    renderBody(webhook, pass);
    // A partner setting that was not saved stays as its placeholder: the request is not the real one.
    out.missingSettings = SettingReference::namesIn(webhook);
    for (const QString &name : std::as_const(out.missingSettings))
        out.problems.append(problem(WebhookProblem::Field::Request, -1,
                                    tr("The template uses %1 from the partner's Settings tab (%2), but this workspace has no value saved there: "
                                       "save it on that tab, or type the value in the template instead.")
                                        .arg(SettingReference::fieldOf(name), SettingReference::placeholder(name)),
                                    WebhookProblem::Severity::Warning));
    for (const QString &attribute : std::as_const(attributes)) {
        if (!AttributePath::isPresent(data, attribute))
            out.missingAttributes.append(attribute);
    }
    out.renderMicroseconds = timer.nsecsElapsed() / 1000;
    return out;
}

void RequestRenderer::renderBody(const WebhookTemplate &webhook, Pass &pass)
{
    RenderedRequest &out = pass.out;
    const SecretValues *secrets = pass.secrets;
    const bool carriesBody = WebhookTemplate::methodCarriesBody(webhook.method);
    const bool hasBody = webhook.bodyMode == BodyMode::RawText ? !webhook.rawBody.trimmed().isEmpty()
                                                                : !webhook.pairs.isEmpty();
    if (!carriesBody) {
        if (hasBody)
            out.problems.append(problem(WebhookProblem::Field::Request, -1,
                                        tr("A GET request carries no body; Braze sends it without one."),
                                        WebhookProblem::Severity::Warning));
        return;
    }
    const QString contentType = out.headerValue(QStringLiteral("Content-Type"));
    if (webhook.bodyMode == BodyMode::KeyValuePairs) {
        QList<KeyValueRow> rendered;
        QStringList keys;
        for (int row = 0; row < webhook.pairs.size(); ++row) {
            const KeyValueRow &pair = webhook.pairs.at(row);
            if (pair.key.isEmpty() && pair.value.isEmpty())
                continue;
            if (pair.key.trimmed().isEmpty())
                out.problems.append(problem(WebhookProblem::Field::PairKey, row, tr("This pair has a value but no key.")));
            else if (keys.contains(pair.key))
                out.problems.append(problem(WebhookProblem::Field::PairKey, row,
                                            tr("The key “%1” is used twice; the receiver may keep either value.").arg(pair.key),
                                            WebhookProblem::Severity::Warning));
            keys.append(pair.key);
            const QString value = renderField(pair.value, {WebhookProblem::Field::PairValue, row}, pass);
            rendered.append({pair.key, resolveSecrets(value, secrets, out)});
        }
        out.body = JsonText::objectFromPairs(rendered);
        out.bodyIsJson = true;
        if (!contentType.isEmpty() && !JsonText::looksLikeJsonContentType(contentType))
            out.problems.append(problem(WebhookProblem::Field::Request, -1,
                                        tr("Key/value pairs are sent as JSON, but the Content-Type header says “%1”.").arg(contentType),
                                        WebhookProblem::Severity::Warning));
    } else {
        out.body = resolveSecrets(renderField(webhook.rawBody, {WebhookProblem::Field::RawBody, -1}, pass),
                                  secrets, out);
        out.bodyIsJson = JsonText::looksLikeJsonContentType(contentType);
        if (out.bodyIsJson && !out.aborted && !out.body.trimmed().isEmpty()) {
            const JsonText::ParseProblem json = JsonText::validate(out.body);
            if (json.isValid())
                out.problems.append(problem(WebhookProblem::Field::RenderedBody, -1,
                                            tr("The rendered body is not valid JSON: %1.").arg(json.message),
                                            WebhookProblem::Severity::Error, json.line, json.column));
        }
    }
    if (contentType.isEmpty())
        out.problems.append(problem(WebhookProblem::Field::Request, -1,
                                    tr("No Content-Type header: add one (for example application/json) so the receiver knows how to read the body."),
                                    WebhookProblem::Severity::Warning));
}

void RequestRenderer::checkUrl(RenderedRequest &out) const
{
    const QUrl url(out.url, QUrl::StrictMode);
    if (out.url.isEmpty()) {
        out.problems.append(problem(WebhookProblem::Field::Url, -1, tr("Enter the URL the webhook is sent to.")));
        return;
    }
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        out.problems.append(problem(WebhookProblem::Field::Url, -1,
                                    tr("“%1” is not a web address; it must start with https:// and name a host.").arg(out.url)));
        return;
    }
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    const bool loopback = QHostAddress(url.host()).isLoopback() || url.host() == QLatin1String("localhost");
    if (port != 80 && port != 443 && !loopback)
        out.problems.append(problem(WebhookProblem::Field::Url, -1,
                                    tr("Braze only sends webhooks to ports 80 and 443; port %1 will not be reached.").arg(port),
                                    WebhookProblem::Severity::Warning));
}

void RequestRenderer::checkHeaders(const WebhookTemplate &webhook, RenderedRequest &out) const
{
    for (int row = 0; row < webhook.headers.size(); ++row) {
        const KeyValueRow &header = webhook.headers.at(row);
        const QString name = header.key.trimmed();
        if (name.isEmpty() && header.value.trimmed().isEmpty())
            continue;
        if (name.isEmpty()) {
            out.problems.append(problem(WebhookProblem::Field::HeaderName, row, tr("This header has a value but no name.")));
        } else if (translatedHeaderNames().contains(name.toLower())) {
            out.problems.append(problem(WebhookProblem::Field::HeaderName, row,
                                        tr("“%1” looks like a translated header name; HTTP header names are never translated: use “%2”.")
                                            .arg(name, translatedHeaderNames().value(name.toLower()))));
        } else if (!isHeaderToken(name)) {
            out.problems.append(problem(WebhookProblem::Field::HeaderName, row,
                                        tr("“%1” is not a valid header name (letters, digits and - only, no spaces or colons).").arg(name)));
        }
        const QString meant = translatedHeaderNames().value(name.toLower(), name);
        if (meant.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0
            && header.value.trimmed().startsWith(QStringLiteral("Überbringer"), Qt::CaseInsensitive))
            out.problems.append(problem(WebhookProblem::Field::HeaderValue, row,
                                        tr("“Überbringer” is a translation of “Bearer”; the scheme must be written “Bearer”.")));
    }
}

QList<WebhookProblem> RequestRenderer::syntaxProblems(const WebhookTemplate &webhook)
{
    QList<WebhookProblem> problems;
    auto check = [&](const QString &text, WebhookProblem::Field field, int row) {
        const Compiled compiled = compile(tokenized(text));
        if (!compiled.tmpl)
            problems.append(problem(field, row, compiled.error.message, WebhookProblem::Severity::Error,
                                    compiled.error.line, compiled.error.column));
    };
    check(webhook.url, WebhookProblem::Field::Url, -1);
    for (int row = 0; row < webhook.headers.size(); ++row)
        check(webhook.headers.at(row).value, WebhookProblem::Field::HeaderValue, row);
    if (webhook.bodyMode == BodyMode::RawText)
        check(webhook.rawBody, WebhookProblem::Field::RawBody, -1);
    else
        for (int row = 0; row < webhook.pairs.size(); ++row)
            check(webhook.pairs.at(row).value, WebhookProblem::Field::PairValue, row);
    return problems;
}

QStringList RequestRenderer::usedAttributes(const WebhookTemplate &webhook)
{
    QStringList attributes;
    auto collect = [&](const QString &text) {
        const Compiled compiled = compile(tokenized(text));
        if (!compiled.tmpl)
            return;
        for (const QString &attribute : compiled.tmpl->analysis().brazeAttributes) {
            if (!attributes.contains(attribute))
                attributes.append(attribute);
        }
    };
    collect(webhook.url);
    for (const KeyValueRow &row : webhook.headers)
        collect(row.value);
    if (webhook.bodyMode == BodyMode::RawText)
        collect(webhook.rawBody);
    else
        for (const KeyValueRow &row : webhook.pairs)
            collect(row.value);
    return attributes;
}

} // namespace Webhook
