#pragma once

#include "liquid/options.h"
#include "liquid/template.h"
#include "liquid/token.h"

#include <QSet>

#include <initializer_list>

namespace Liquid {

class Environment;

// Builds a Template's node tree from tokens. Tags parse themselves through the
// TagRegistry and call back into parseBody() for their blocks. The first error wins and
// stops parsing.
class Parser
{
public:
    Parser(const Environment &environment, Template &tmpl);

    bool parse();
    const Diagnostic &error() const { return m_error; }

    // Parses nodes into `body` until a tag named in `stops` (returned in *stop) or, when
    // `stops` is empty, the end of the stream. `opener` names the block in messages.
    bool parseBody(TokenStream &tokens, BlockBody &body, std::initializer_list<QLatin1String> stops,
                   Token *stop, const Token *opener);

    bool fail(qsizetype offset, const QString &message);
    bool failed() const { return m_error.isValid(); }
    void warn(qsizetype offset, const QString &message);
    ErrorMode mode() const;
    bool strict() const { return mode() == ErrorMode::Strict; }
    const Environment &environment() const { return m_environment; }
    const Limits &limits() const;
    QStringView source() const { return m_template.source(); }
    const QString &templateName() const { return m_template.name(); }

    // Introspection bookkeeping.
    void noteVariable(const QString &root, const QString &path);
    void noteLocal(const QString &name) { m_locals.insert(name); }
    void noteFilter(const QString &name);
    void noteBrazeAttribute(const QString &text);
    void noteTag(QStringView name);
    void notePartial(const QString &name);
    void noteContentBlock(const QString &name);

    int depth = 0; // block nesting, checked against Limits::maxNestingDepth

private:
    void finishAnalysis();
    Diagnostic diagnostic(Diagnostic::Kind kind, qsizetype offset, const QString &message) const;

    const Environment &m_environment;
    Template &m_template;
    Diagnostic m_error;
    QList<std::pair<QString, QString>> m_variables; // (root, path)
    QSet<QString> m_locals;
};

} // namespace Liquid
