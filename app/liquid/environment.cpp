#include "liquid/environment.h"
#include "liquid/braze/brazetags.h"

#include "liquid/parser.h"
#include "liquid/rendercontext.h"

#include <QCoreApplication>

namespace Liquid {

Environment::Environment(Dialect dialect)
    : m_tags(dialect == Dialect::Braze ? TagRegistry::braze() : TagRegistry::shopify()),
      m_filters(dialect == Dialect::Braze ? FilterRegistry::braze() : FilterRegistry::shopify())
{
}

void Environment::registerTag(const QString &name, TagParseFunction function)
{
    auto tags = std::make_shared<TagRegistry>(*m_tags);
    tags->add(name, function);
    m_tags = std::move(tags);
}

void Environment::registerFilter(const QString &name, FilterFunction function, int minArgs, int maxArgs, BrazeSupport braze)
{
    auto filters = std::make_shared<FilterRegistry>(*m_filters);
    filters->add(name, function, minArgs, maxArgs, braze);
    m_filters = std::move(filters);
}
Environment::~Environment() = default;

void Environment::setPartialSource(std::shared_ptr<const TemplateSource> source)
{
    QMutexLocker lock(&m_cacheMutex);
    m_partials = std::move(source);
    m_cache.clear();
}

void Environment::setContentBlockSource(std::shared_ptr<const TemplateSource> source)
{
    QMutexLocker lock(&m_cacheMutex);
    m_contentBlocks = std::move(source);
    m_cache.clear();
}

void Environment::setCatalogSource(std::shared_ptr<const CatalogSource> source)
{
    QMutexLocker lock(&m_cacheMutex);
    m_catalogs = std::move(source);
}

std::shared_ptr<const CatalogSource> Environment::catalogSource() const
{
    QMutexLocker lock(&m_cacheMutex);
    return m_catalogs;
}

TemplatePtr Environment::parse(const QString &source, const QString &name, Diagnostic *error) const
{
    auto tmpl = std::make_shared<Template>(name, source);
    tmpl->keepFilters(m_filters);
    Parser parser(*this, *tmpl);
    if (!parser.parse()) {
        if (error)
            *error = parser.error();
        return nullptr;
    }
    if (error)
        *error = Diagnostic();
    return tmpl;
}

RenderResult Environment::render(const Template &tmpl, const Value &data, OutputObserver *observer, ConnectedContentFetcher *fetcher) const
{
    RenderResult result;
    RenderShared shared;
    shared.environment = this;
    shared.result = &result;
    shared.now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    shared.limits = m_limits;
    shared.outputObserver = observer;
    shared.observedTemplate = &tmpl;
    shared.fetcher = fetcher ? fetcher : m_fetcher.get();
    RenderContext ctx(shared, &tmpl, data);
    result.output.reserve(qBound<qsizetype>(64, tmpl.outputSizeHint(), m_limits.maxOutputSize));
    tmpl.root().render(ctx, result.output);
    if (ctx.failed())
        ctx.reportPendingError(0, result.output);
    BrazeTags::settleRetries(result);
    tmpl.setOutputSizeHint(result.output.size());
    return result;
}

RenderResult Environment::render(const QString &source, const Value &data, const QString &name) const
{
    Diagnostic error;
    const TemplatePtr tmpl = parse(source, name, &error);
    if (!tmpl) {
        RenderResult result;
        result.errors.append(error);
        return result;
    }
    return render(*tmpl, data);
}

TemplatePtr Environment::loadPartial(PartialKind kind, const QString &name, Diagnostic *error) const
{
    const bool block = kind == PartialKind::ContentBlock;
    std::shared_ptr<const TemplateSource> source;
    {
        QMutexLocker lock(&m_cacheMutex);
        source = block ? m_contentBlocks : m_partials;
    }
    const std::optional<QString> text = source ? source->load(name) : std::nullopt;
    if (!text) {
        const QString why = source ? source->whyMissing(name) : QString();
        error->message = !why.isEmpty() ? why
                       : block          ? QCoreApplication::translate("Liquid", "content block '%1' was not found").arg(name)
                                        : QCoreApplication::translate("Liquid", "template '%1' was not found").arg(name);
        return nullptr;
    }
    // Braze refuses to save a block over 50 KB (braze-liquid.md §7.3), so a larger local one
    // could never reach a message.
    if (block && text->size() > MaxContentBlockBytes / 4 && text->toUtf8().size() > MaxContentBlockBytes) {
        error->message = QCoreApplication::translate("Liquid", "content block '%1' is %2 KB; Braze holds at most 50 KB per block")
                             .arg(name).arg(text->toUtf8().size() / 1024);
        return nullptr;
    }
    const QString key = (block ? QStringLiteral("b:") : QStringLiteral("p:")) + name;
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto it = m_cache.constFind(key);
        if (it != m_cache.cend() && it.value()->source() == *text)
            return it.value();
    }
    TemplatePtr parsed = parse(*text, name, error);
    if (!parsed)
        return nullptr;
    QMutexLocker lock(&m_cacheMutex);
    if (m_cache.size() > 1000)
        m_cache.clear();
    m_cache.insert(key, parsed);
    return parsed;
}

} // namespace Liquid
