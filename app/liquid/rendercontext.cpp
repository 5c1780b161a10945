#include "liquid/rendercontext.h"

#include "liquid/environment.h"
#include "liquid/template.h"

#include <QCoreApplication>

namespace Liquid {

RenderContext::RenderContext(RenderShared &shared, const Template *tmpl, const Value &globals)
    : m_shared(shared), m_template(tmpl), m_globals(globals),
      m_filters(shared.environment->timeZone(), shared.now)
{
    m_scopes.reserve(8);
    m_scopes.emplace_back();
}

const Value *RenderContext::find(QStringView name, size_t hash) const
{
    for (size_t i = m_depth; i-- > 0;) {
        const Object &scope = m_scopes[i];
        if (scope.isEmpty())
            continue;
        if (const Value *v = scope.find(name, hash))
            return v;
    }
    if (!counters.isEmpty()) {
        if (const Value *v = counters.find(name, hash))
            return v;
    }
    if (m_globals.isObject())
        return m_globals.objectValue().find(name, hash);
    return nullptr;
}

Value RenderContext::lookup(const QString &name, bool *found) const
{
    const Value *v = find(name, Object::hashKey(name));
    *found = v != nullptr;
    return v ? *v : Value();
}

void RenderContext::noteUndefined(QStringView path)
{
    QStringList &undefined = m_shared.result->undefinedVariables;
    if (path.isEmpty() || undefined.size() >= 1000 || undefined.contains(path))
        return;
    undefined.append(path.toString());
    if (environment().strictVariables())
        fail(QCoreApplication::translate("Liquid", "undefined variable %1").arg(path));
}

Diagnostic RenderContext::makeDiagnostic(Diagnostic::Kind kind, const QString &message, qsizetype offset) const
{
    Diagnostic d;
    d.kind = kind;
    d.message = message;
    if (m_template) {
        d.templateName = m_template->name();
        m_template->lines().locate(offset, &d.line, &d.column);
    }
    return d;
}

void RenderContext::reportPendingError(qsizetype offset, QString &out)
{
    const QString message = m_filters.errorMessage();
    m_filters.clearError();
    const Diagnostic d = makeDiagnostic(Diagnostic::Kind::Render, message, offset);
    m_shared.result->errors.append(d);
    out += QStringLiteral("Liquid error (line %1): %2").arg(d.line).arg(message);
}

void RenderContext::warn(qsizetype offset, const QString &message)
{
    if (m_shared.result->warnings.size() < 100)
        m_shared.result->warnings.append(makeDiagnostic(Diagnostic::Kind::Warning, message, offset));
}

void RenderContext::stop(Diagnostic::Kind kind, const QString &message, qsizetype offset)
{
    if (m_shared.stopped)
        return;
    m_shared.stopped = true;
    m_shared.result->errors.append(makeDiagnostic(kind, message, offset));
}

void RenderContext::abort(const QString &message)
{
    if (m_shared.stopped)
        return;
    m_shared.stopped = true;
    m_shared.result->aborted = true;
    m_shared.result->abortMessage = message;
}

bool RenderContext::stepLimitReached(qsizetype offset)
{
    stop(Diagnostic::Kind::Limit,
         QCoreApplication::translate("Liquid", "the template needs more than %1 steps to render (console limit); look for loops over very large lists")
             .arg(environment().limits().maxRenderSteps), offset);
    return false;
}

bool RenderContext::iterationLimitReached(qsizetype offset)
{
    stop(Diagnostic::Kind::Limit,
         QCoreApplication::translate("Liquid", "loops ran more than %1 times in total (console limit); add a limit: to large loops")
             .arg(environment().limits().maxLoopIterations), offset);
    return false;
}

bool RenderContext::sizeLimitReached(qsizetype offset)
{
    stop(Diagnostic::Kind::Limit,
         QCoreApplication::translate("Liquid", "the rendered text is longer than %1 characters (console limit)")
             .arg(environment().limits().maxOutputSize), offset);
    return false;
}

} // namespace Liquid
