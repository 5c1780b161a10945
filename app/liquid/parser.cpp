#include "liquid/parser.h"

#include "liquid/environment.h"
#include "liquid/expressionparser.h"
#include "liquid/lexer.h"
#include "liquid/rubylaxreader.h"
#include "liquid/tagregistry.h"

#include <QCoreApplication>

namespace Liquid {


Parser::Parser(const Environment &environment, Template &tmpl)
    : m_environment(environment), m_template(tmpl)
{
}

ErrorMode Parser::mode() const
{
    return m_environment.errorMode();
}

const Limits &Parser::limits() const
{
    return m_environment.limits();
}

Diagnostic Parser::diagnostic(Diagnostic::Kind kind, qsizetype offset, const QString &message) const
{
    Diagnostic d;
    d.kind = kind;
    d.templateName = m_template.name();
    d.message = message;
    m_template.lines().locate(offset, &d.line, &d.column);
    return d;
}

bool Parser::fail(qsizetype offset, const QString &message)
{
    if (!m_error.isValid()) {
        m_error = diagnostic(Diagnostic::Kind::Syntax, offset, message);
        m_errorOffset = offset;
    }
    return false;
}

bool Parser::failLimit(qsizetype offset, const QString &message)
{
    if (!m_error.isValid())
        m_errorIsLimit = true;
    return fail(offset, message);
}

bool Parser::recoverLax(qsizetype warningsBefore, QString *message, qsizetype *offset)
{
    if (strict() || !m_error.isValid() || m_errorIsLimit)
        return false;
    *message = m_error.message;
    *offset = m_errorOffset;
    m_error = Diagnostic();
    QList<Diagnostic> &warnings = m_template.analysis().warnings;
    if (warnings.size() > warningsBefore)
        warnings.resize(warningsBefore);
    return true;
}

void Parser::warnLaxReading(qsizetype offset, QStringView markup, const QString &rejected, const QString &reading)
{
    QString message = tr("%1; read as '%2' (lax parsing, as in Braze)").arg(rejected, reading);
    static const QString curlyQuotes = QStringLiteral("\u201C\u201D\u2018\u2019\u201E\u00AB\u00BB");
    if (std::any_of(markup.begin(), markup.end(), [](QChar c) { return curlyQuotes.contains(c); }))
        message += QStringLiteral("; ") + tr("typographic quotes do not quote in Liquid: use straight quotes ' or \"");
    warn(offset, message);
}

bool Parser::parseFilteredMarkup(QStringView markup, qsizetype offset, FilteredExpression *out)
{
    const qsizetype warningsBefore = m_template.analysis().warnings.size();
    {
        ExpressionParser p(*this, markup, offset);
        if (p.parseFiltered(out) && p.expectEnd())
            return true;
    }
    QString rejected;
    qsizetype at = offset;
    if (!RubyLaxReader::withinNesting(markup, limits().maxNestingDepth) || !recoverLax(warningsBefore, &rejected, &at))
        return false;
    RubyLaxReader(*this, markup, offset).readFiltered(out);
    warnLaxReading(at, markup, rejected, RubyLaxReader::describe(*out));
    return true;
}

bool Parser::parseConditionMarkup(QStringView markup, qsizetype offset, Condition *out)
{
    const qsizetype warningsBefore = m_template.analysis().warnings.size();
    {
        ExpressionParser p(*this, markup, offset);
        if (p.parseCondition(out))
            return true;
    }
    QString rejected;
    qsizetype at = offset;
    if (!RubyLaxReader::withinNesting(markup, limits().maxNestingDepth) || !recoverLax(warningsBefore, &rejected, &at))
        return false;
    *out = Condition();
    if (!RubyLaxReader(*this, markup, offset).readCondition(out))
        return fail(at, rejected);
    warnLaxReading(at, markup, rejected, RubyLaxReader::describe(*out));
    return true;
}

void Parser::warn(qsizetype offset, const QString &message)
{
    if (m_template.analysis().warnings.size() < 100)
        m_template.analysis().warnings.append(diagnostic(Diagnostic::Kind::Warning, offset, message));
}

bool Parser::parse()
{
    if (source().size() > limits().maxTemplateSize)
        return fail(0, tr("the template is longer than %1 characters (console limit)").arg(limits().maxTemplateSize));
    Lexer lexer(source());
    if (!parseBody(lexer, m_template.root(), {}, nullptr, nullptr))
        return false;
    finishAnalysis();
    return true;
}

static QString blockEndName(const Token *opener)
{
    return QStringLiteral("end") + opener->name.toString();
}

const Token *Parser::enclosingBlock(std::initializer_list<QLatin1String> names) const
{
    for (qsizetype i = m_openers.size(); i-- > 0;) {
        for (const QLatin1String &name : names) {
            if (m_openers[i]->name == name)
                return m_openers[i];
        }
    }
    return nullptr;
}

void Parser::lineAndColumn(qsizetype offset, int *line, int *column) const
{
    m_template.lines().locate(offset, line, column);
}

bool Parser::parseBody(TokenStream &tokens, BlockBody &body, std::initializer_list<QLatin1String> stops,
                       Token *stop, const Token *opener)
{
    // Openers stay on the stack while their body is parsed (enclosingBlock()).
    struct OpenerScope {
        QVarLengthArray<const Token *, 16> &stack;
        bool pushed;
        ~OpenerScope() { if (pushed) stack.removeLast(); }
    } scope{m_openers, opener != nullptr};
    if (opener)
        m_openers.append(opener);
    if (++depth > limits().maxNestingDepth) {
        return fail(opener ? opener->offset : 0,
                    tr("blocks are nested more than %1 levels deep (console limit)").arg(limits().maxNestingDepth));
    }
    const TagRegistry &tags = m_environment.tags();
    while (true) {
        const Token t = tokens.next();
        switch (t.kind) {
        case Token::Kind::End:
            --depth;
            if (opener)
                return fail(opener->offset, tr("'%1' tag was never closed; add {% %2 %}").arg(opener->name.toString(), blockEndName(opener)));
            return true;
        case Token::Kind::Error:
            return fail(t.offset, tokens.errorMessage());
        case Token::Kind::Text:
            if (!t.markup.isEmpty())
                body.append(std::make_unique<TextNode>(t.offset, t.markup));
            continue;
        case Token::Kind::Output: {
            FilteredExpression expression;
            if (!Lexer::rstrip(t.markup).isEmpty() && !parseFilteredMarkup(t.markup, t.markupOffset, &expression))
                return false;
            body.append(std::make_unique<OutputNode>(t.offset, std::move(expression)));
            continue;
        }
        case Token::Kind::Tag:
            break;
        }
        for (const QLatin1String &name : stops) {
            if (t.name == name) {
                *stop = t;
                --depth;
                return true;
            }
        }
        const TagParseFunction parseTag = tags.find(t.name);
        if (!parseTag) {
            if (opener && t.name == QLatin1String("else"))
                return fail(t.offset, tr("'%1' tag does not expect 'else'").arg(opener->name.toString()));
            if (opener && t.name.startsWith(QLatin1String("end")))
                return fail(t.offset, tr("'%1' does not close '%2'; use {% %3 %}").arg(t.name.toString(), opener->name.toString(), blockEndName(opener)));
            return fail(t.offset, tr("unknown tag '%1'").arg(t.name.toString()));
        }
        noteTag(t.name);
        std::unique_ptr<Node> node = parseTag(*this, t, tokens);
        if (!node)
            return false;
        body.append(std::move(node));
    }
}

// ---- introspection ----

static void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

void Parser::noteVariable(QStringView root, QStringView path)
{
    if (m_variables.size() < 10000)
        m_variables.append({root, path});
}

void Parser::noteLocal(QStringView name)
{
    if (!m_locals.contains(name))
        m_locals.append(name.toString());
}

QStringView Parser::keepText(const QString &text)
{
    return m_template.keepText(text);
}

void Parser::noteFilter(const QString &name) { appendUnique(m_template.analysis().filters, name); }
void Parser::noteBrazeAttribute(const QString &text) { appendUnique(m_template.analysis().brazeAttributes, text); }
void Parser::noteTag(QStringView name)
{
    QStringList &tags = m_template.analysis().tags;
    if (!tags.contains(name))
        tags.append(name.toString());
}
void Parser::notePartial(const QString &name) { appendUnique(m_template.analysis().partials, name); }
void Parser::noteContentBlock(const QString &name) { appendUnique(m_template.analysis().contentBlocks, name); }

void Parser::finishAnalysis()
{
    TemplateAnalysis &a = m_template.analysis();
    for (const auto &[root, path] : std::as_const(m_variables)) {
        if (path.isEmpty())
            continue;
        if (a.variables.contains(path))
            continue; // a path is global or not wherever it appears
        a.variables.append(path.toString());
        if (!m_locals.contains(root) && root != QLatin1String("forloop") && root != QLatin1String("tablerowloop"))
            a.globalVariables.append(a.variables.last()); // shares the string
    }
}

} // namespace Liquid
