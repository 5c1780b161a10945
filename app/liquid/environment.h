#pragma once

#include "liquid/braze/catalogsource.h"
#include "liquid/braze/connectedcontent.h"
#include "liquid/filterregistry.h"
#include "liquid/options.h"
#include "liquid/outputobserver.h"
#include "liquid/renderresult.h"
#include "liquid/tagregistry.h"
#include "liquid/template.h"
#include "liquid/templatesource.h"

#include <QDateTime>
#include <QMutex>
#include <QTimeZone>

#include <memory>

namespace Liquid {

// The facade hosts use: configure once, then parse templates and render them as often as
// needed (parse and render are separate so the webhook builder can re-render a parsed
// template for each preview user).
//
//   Liquid::Environment env;
//   env.setErrorMode(Liquid::ErrorMode::Strict);
//   Liquid::Diagnostic error;
//   auto tmpl = env.parse(source, "body", &error);      // nullptr + error when invalid
//   Liquid::RenderResult r = env.render(*tmpl, data);   // output, errors, abort, undefined...
class Environment
{
public:
    // Which tags and filters an environment starts with: Shopify Liquid 5's, or those plus
    // Braze's (the console's default). Environments of both kinds, and ones with their own
    // extra tags, live side by side.
    enum class Dialect : quint8 { Shopify, Braze };
    explicit Environment(Dialect dialect = Dialect::Braze);
    ~Environment();
    Environment(const Environment &) = delete;
    Environment &operator=(const Environment &) = delete;

    void setErrorMode(ErrorMode mode) { m_mode = mode; }
    ErrorMode errorMode() const { return m_mode; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // Undefined variables become render errors (they are always listed in RenderResult).
    void setStrictVariables(bool on) { m_strictVariables = on; }
    bool strictVariables() const { return m_strictVariables; }
    // Time zone the `date` filter formats in (UTC by default) and a fixed "now" for tests
    // (invalid: the clock at render time).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }
    void setNow(const QDateTime &now) { m_now = now; }

    void setPartialSource(std::shared_ptr<const TemplateSource> source);
    void setContentBlockSource(std::shared_ptr<const TemplateSource> source);
    void setConnectedContentFetcher(std::shared_ptr<ConnectedContentFetcher> fetcher) { m_fetcher = std::move(fetcher); }
    ConnectedContentFetcher *connectedContentFetcher() const { return m_fetcher.get(); }
    // Where catalog_items and catalog_selection_items read items (none: they warn, items empty).
    // Both may change while other threads render (a workspace switch in the console).
    void setCatalogSource(std::shared_ptr<const CatalogSource> source);
    std::shared_ptr<const CatalogSource> catalogSource() const;

    const FilterRegistry &filters() const { return *m_filters; }
    const TagRegistry &tags() const { return *m_tags; }
    // Adds a tag or filter to this environment only (templates parsed before keep theirs).
    void registerTag(const QString &name, TagParseFunction function);
    void registerFilter(const QString &name, FilterFunction function, int minArgs = 0, int maxArgs = 0,
                        BrazeSupport braze = BrazeSupport::Documented);

    // nullptr when the template is invalid; *error then says where and why.
    TemplatePtr parse(const QString &source, const QString &name = QString(), Diagnostic *error = nullptr) const;
    // fetcher (optional) answers this render's connected_content calls instead of the
    // environment's (the webhook renderer's stubs and cache in front of the network).
    RenderResult render(const Template &tmpl, const Value &data, OutputObserver *observer = nullptr,
                        ConnectedContentFetcher *fetcher = nullptr) const;
    // Parse + render in one call; a parse error is returned as the result's only error.
    RenderResult render(const QString &source, const Value &data, const QString &name = QString()) const;

    enum class PartialKind : quint8 { Partial, ContentBlock };
    static constexpr qsizetype MaxContentBlockBytes = 50 * 1024;
    // Loads and parses (cached) a partial or content block; nullptr + error when missing/invalid.
    TemplatePtr loadPartial(PartialKind kind, const QString &name, Diagnostic *error) const;

private:
    std::shared_ptr<const TagRegistry> m_tags;
    std::shared_ptr<const FilterRegistry> m_filters;
    ErrorMode m_mode = ErrorMode::Lax;
    Limits m_limits;
    bool m_strictVariables = false;
    QTimeZone m_zone = QTimeZone::utc();
    QDateTime m_now;
    std::shared_ptr<const TemplateSource> m_partials;
    std::shared_ptr<const TemplateSource> m_contentBlocks;
    std::shared_ptr<ConnectedContentFetcher> m_fetcher;
    std::shared_ptr<const CatalogSource> m_catalogs;
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, TemplatePtr> m_cache;
};

} // namespace Liquid
