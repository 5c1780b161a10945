#pragma once

#include "liquid/options.h"
#include "liquid/template.h"
#include "liquid/token.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <initializer_list>

namespace Liquid {

class Environment;

// Builds a Template's node tree from tokens. Tags parse themselves through the
// TagRegistry and call back into parseBody() for their blocks. The first error wins and
// stops parsing.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Liquid::Parser)

public:
    Parser(const Environment &environment, Template &tmpl);

    bool parse();
    const Diagnostic &error() const { return m_error; }

    // Parses nodes into `body` until a tag named in `stops` (returned in *stop) or, when
    // `stops` is empty, the end of the stream. `opener` names the block in messages.
    bool parseBody(TokenStream &tokens, BlockBody &body, std::initializer_list<QLatin1String> stops,
                   Token *stop, const Token *opener);

    // An output's, echo's or assign's value, and a condition: the regular parser first; in lax
    // mode what it rejects is read as Ruby Liquid's lax parser reads it, with a warning.
    bool parseFilteredMarkup(QStringView markup, qsizetype offset, FilteredExpression *out);
    bool parseConditionMarkup(QStringView markup, qsizetype offset, Condition *out);

    bool fail(qsizetype offset, const QString &message);
    // A console limit was hit (nesting): never read laxly instead.
    bool failLimit(qsizetype offset, const QString &message);
    bool failed() const { return m_error.isValid(); }
    void warn(qsizetype offset, const QString &message);
    ErrorMode mode() const;
    bool strict() const { return mode() == ErrorMode::Strict; }
    const Environment &environment() const { return m_environment; }
    const Limits &limits() const;
    QStringView source() const { return m_template.source(); }
    const QString &templateName() const { return m_template.name(); }

    // Introspection bookkeeping.
    void noteVariable(QStringView root, QStringView path);
    void noteLocal(QStringView name);
    // Keeps text the template's expressions view but its source does not hold (lax readings).
    QStringView keepText(const QString &text);
    void noteFilter(const QString &name);
    void noteBrazeAttribute(const QString &text);
    void noteTag(QStringView name);
    void notePartial(const QString &name);
    void noteContentBlock(const QString &name);

    // The innermost block being parsed whose tag is one of `names` (nullptr when none).
    const Token *enclosingBlock(std::initializer_list<QLatin1String> names) const;
    void lineAndColumn(qsizetype offset, int *line, int *column) const;

    int depth = 0; // block nesting, checked against Limits::maxNestingDepth

private:
    void finishAnalysis();
    // Drops a rejection (and the warnings made meanwhile) so lax reading can take over.
    void warnLaxReading(qsizetype offset, QStringView markup, const QString &rejected, const QString &reading);
    bool recoverLax(qsizetype warningsBefore, QString *message, qsizetype *offset);
    Diagnostic diagnostic(Diagnostic::Kind kind, qsizetype offset, const QString &message) const;

    const Environment &m_environment;
    Template &m_template;
    Diagnostic m_error;
    qsizetype m_errorOffset = 0;
    bool m_errorIsLimit = false;
    QList<std::pair<QStringView, QStringView>> m_variables; // (root, path), views of the source
    QStringList m_locals;
    QVarLengthArray<const Token *, 16> m_openers; // blocks being parsed, outermost first
};

} // namespace Liquid
