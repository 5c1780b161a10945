#pragma once

#include "liquid/diagnostic.h"
#include "liquid/filter.h"
#include "liquid/options.h"
#include "liquid/outputobserver.h"
#include "liquid/renderresult.h"
#include "liquid/value.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace Liquid {

class Environment;
class Template;

// State shared by a render and the isolated sub-renders of `{% render %}`: budgets, the
// result being built and the stop flag.
struct RenderShared
{
    const Environment *environment = nullptr;
    RenderResult *result = nullptr;
    qint64 steps = 0;
    qint64 iterations = 0;
    bool stopped = false;
    QDateTime now; // fixed for the whole render
    Limits limits; // copied so the hot loops read them without indirection
    OutputObserver *outputObserver = nullptr; // told about the outputs of observedTemplate
    const Template *observedTemplate = nullptr;
    bool defaultUsed = false;                 // set by the default filter while an output is observed
    ConnectedContentFetcher *fetcher = nullptr; // this render's connected_content answers (else the environment's)
};

// The variables and registers of one render (Shopify's Liquid::Context). Lookups go from
// the innermost scope out to the root scope (assign/capture), the counters of
// increment/decrement and finally the host's data.
class RenderContext
{
public:
    RenderContext(RenderShared &shared, const Template *tmpl, const Value &globals);

    RenderShared &shared() { return m_shared; }
    const Environment &environment() const { return *m_shared.environment; }

    // nullptr when the name is defined nowhere; `hash` is Object::hashKey(name).
    const Value *find(QStringView name, size_t hash) const;
    Value lookup(const QString &name, bool *found) const;
    void assign(const QString &name, const Value &value) { m_scopes.front().insert(name, value); }
    void setLocal(const QString &name, const Value &value) { m_scopes[m_depth - 1].insert(name, value); }
    void setLocal(const QString &name, size_t hash, const Value &value) { m_scopes[m_depth - 1].insert(name, hash, value); }
    // Scopes are reused between loops so a loop does not allocate a new one each time.
    void pushScope()
    {
        if (m_depth == m_scopes.size())
            m_scopes.emplace_back();
        ++m_depth;
    }
    void popScope() { m_scopes[--m_depth].clear(); }
    void noteUndefined(QStringView path);

    // Registers (per context; `render` starts fresh ones).
    Object counters;
    QHash<QString, qint64> forOffsets;
    QHash<QString, qint64> cycles;
    QString ifchangedLast;
    bool ifchangedSet = false;
    std::vector<Value> forStack; // forloop drops of the loops being rendered

    enum class Interrupt : quint8 { None, Break, Continue };
    Interrupt interrupt = Interrupt::None;

    // Render errors: fail() records one (first wins); BlockBody reports it inline.
    FilterContext &filterContext() { return m_filters; }
    void fail(const QString &message) { m_filters.error(message); }
    bool failed() const { return m_filters.failed(); }
    void reportPendingError(qsizetype offset, QString &out);
    // Something the preview should point out without failing the render (a problem with a place).
    void warn(qsizetype offset, const QString &message);
    // Limits and abort: stops the whole render.
    void stop(Diagnostic::Kind kind, const QString &message, qsizetype offset);
    bool stopped() const { return m_shared.stopped; }
    // {% abort_message %}: the render ends, the result says it aborted (no error).
    void abort(const QString &message);
    bool shouldLeaveBlock() const { return m_shared.stopped || interrupt != Interrupt::None; }
    bool countStep(qsizetype offset)
    {
        return Q_LIKELY(++m_shared.steps <= m_shared.limits.maxRenderSteps) || stepLimitReached(offset);
    }
    bool countIteration(qsizetype offset)
    {
        return Q_LIKELY(++m_shared.iterations <= m_shared.limits.maxLoopIterations) || iterationLimitReached(offset);
    }
    bool checkSize(qsizetype size, qsizetype offset)
    {
        return Q_LIKELY(size <= m_shared.limits.maxOutputSize) || sizeLimitReached(offset);
    }

    const Template *currentTemplate() const { return m_template; }
    void setCurrentTemplate(const Template *tmpl) { m_template = tmpl; }
    int depth = 0;             // include/render nesting
    int contentBlockDepth = 0; // Braze content blocks nest one level (braze-liquid.md §7.3)
    bool isolated = false;     // inside {% render %}: no access to the host's data

    Diagnostic makeDiagnostic(Diagnostic::Kind kind, const QString &message, qsizetype offset) const;

private:
    bool stepLimitReached(qsizetype offset);
    bool iterationLimitReached(qsizetype offset);
    bool sizeLimitReached(qsizetype offset);

    RenderShared &m_shared;
    const Template *m_template;
    Value m_globals;
    std::vector<Object> m_scopes;
    size_t m_depth = 1; // scopes in use; m_scopes[0] is the root scope
    FilterContext m_filters;
};

} // namespace Liquid
