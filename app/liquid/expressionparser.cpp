#include "liquid/expressionparser.h"

#include "liquid/environment.h"
#include "liquid/parser.h"

#include <QCoreApplication>

namespace Liquid {

using K = MarkupToken::Kind;


ExpressionParser::ExpressionParser(Parser &parser, QStringView markup, qsizetype offset)
    : m_parser(parser)
{
    MarkupLexer::tokenize(markup, offset, m_tokens);
}

const MarkupToken &ExpressionParser::peek(qsizetype ahead) const
{
    const qsizetype i = qMin(m_pos + ahead, m_tokens.size() - 1);
    return m_tokens.at(i);
}

MarkupToken ExpressionParser::take()
{
    const MarkupToken t = peek();
    if (m_pos < m_tokens.size() - 1)
        ++m_pos;
    return t;
}

bool ExpressionParser::accept(K kind)
{
    if (peek().kind != kind)
        return false;
    take();
    return true;
}

bool ExpressionParser::acceptWord(QLatin1String word)
{
    if (peek().kind != K::Identifier || peek().text != word)
        return false;
    take();
    return true;
}

bool ExpressionParser::failed() const
{
    return m_parser.failed();
}

QString ExpressionParser::describe(const MarkupToken &t) const
{
    if (t.kind == K::End)
        return tr("the end of the tag");
    return QLatin1Char('\'') + textBetween(t.offset, t.end) + QLatin1Char('\'');
}

bool ExpressionParser::fail(const MarkupToken &at, const QString &message)
{
    return m_parser.fail(at.offset, message);
}

QStringView ExpressionParser::sourceBetween(qsizetype start, qsizetype end) const
{
    return m_parser.source().mid(start, qMax<qsizetype>(0, end - start));
}

QString ExpressionParser::textBetween(qsizetype start, qsizetype end) const
{
    return m_parser.source().mid(start, qMax<qsizetype>(0, end - start)).toString();
}

bool ExpressionParser::expectEnd()
{
    if (atEnd())
        return true;
    if (m_parser.strict())
        return fail(peek(), tr("unexpected %1").arg(describe(peek())));
    skipLax(K::End);
    return true;
}

void ExpressionParser::skipLax(MarkupToken::Kind until)
{
    const MarkupToken first = peek();
    qsizetype end = first.offset;
    while (!atEnd() && peek().kind != until && (until != K::Pipe || peek().kind != K::CloseOutput))
        end = take().end;
    if (end == first.offset)
        return;
    const QString skipped = textBetween(first.offset, end);
    // The hints name what marketers copy from other languages (braze-liquid.md §2.3, §5.1).
    QString hint;
    if (m_inCondition && first.kind == K::Pipe)
        hint = tr("filters do not work in a condition: assign the filtered value first");
    else if (m_inCondition && (skipped.startsWith(QLatin1String("&&")) || skipped.startsWith(QLatin1String("||"))))
        hint = tr("write 'and' or 'or'");
    const QString message = tr("'%1' is ignored (lax parsing, as in Braze)").arg(skipped);
    m_parser.warn(first.offset, hint.isEmpty() ? message : message + QStringLiteral("; ") + hint);
}

bool ExpressionParser::parseFiltered(FilteredExpression *out)
{
    if (!parseExpression(&out->base))
        return false;
    if (!m_parser.strict())
        skipLax(K::Pipe); // Shopify's lax parser ignores whatever sits between the value and the first '|'
    return parseFilters(&out->filters);
}

bool ExpressionParser::parseFilters(QList<FilterCall> *out)
{
    while (accept(K::Pipe)) {
        const MarkupToken name = take();
        if (name.kind != K::Identifier)
            return fail(name, tr("expected a filter name after '|' but found %1").arg(describe(name)));
        FilterCall call;
        call.offset = name.offset;
        call.spec = m_parser.environment().filters().find(name.text);
        call.name = call.spec ? call.spec->name : name.text.toString();
        m_parser.noteFilter(call.name);
        if (!call.spec) {
            const QString suggestion = m_parser.environment().filters().suggest(name.text);
            QString message = tr("unknown filter '%1'").arg(call.name);
            if (!suggestion.isEmpty())
                message += tr("; did you mean '%1'?").arg(suggestion);
            if (m_parser.strict())
                return fail(name, message);
            m_parser.warn(name.offset, message);
        }
        if (accept(K::Colon)) {
            do {
                if (peek().kind == K::Identifier && peek(1).kind == K::Colon) {
                    const QString key = take().text.toString();
                    take();
                    Expression value;
                    if (!parseExpression(&value))
                        return false;
                    call.keywords.append({key, std::move(value)});
                } else {
                    Expression arg;
                    if (!parseExpression(&arg))
                        return false;
                    call.argsRenderTemplates = call.argsRenderTemplates || arg.kind == Expression::Kind::ContentBlock;
                    call.args.append(std::move(arg));
                }
            } while (accept(K::Comma));
        }
        out->append(std::move(call));
        if (!m_parser.strict())
            skipLax(K::Pipe);
    }
    return true;
}

bool ExpressionParser::parseExpression(Expression *out)
{
    if (++m_depth > m_parser.limits().maxNestingDepth)
        return m_parser.failLimit(peek().offset, tr("expression nested too deeply"));
    const bool ok = parsePrimary(out);
    --m_depth;
    return ok;
}

bool ExpressionParser::parsePrimary(Expression *out)
{
    const MarkupToken t = peek();
    out->offset = t.offset;
    switch (t.kind) {
    case K::String:
        take();
        out->literal = Value(t.text.toString());
        out->text = sourceBetween(t.offset, t.end);
        return true;
    case K::Integer: {
        take();
        bool ok = false;
        const qint64 v = t.text.toLongLong(&ok);
        out->literal = ok ? Value(v) : Value(t.text.toDouble());
        out->text = t.text;
        return true;
    }
    case K::Float:
        take();
        out->literal = Value(t.text.toDouble());
        out->text = t.text;
        return true;
    case K::Identifier: {
        const QStringView w = t.text;
        if (peek(1).kind != K::Dot && peek(1).kind != K::LBracket) {
            if (w == QLatin1String("nil") || w == QLatin1String("null")) {
                take();
                out->literal = Value();
                out->text = w;
                return true;
            }
            if (w == QLatin1String("true") || w == QLatin1String("false")) {
                take();
                out->literal = Value(w == QLatin1String("true"));
                out->text = w;
                return true;
            }
        }
        if (w == QLatin1String("empty") || w == QLatin1String("blank")) {
            take();
            out->literal = w == QLatin1String("empty") ? Value::emptyLiteral() : Value::blankLiteral();
            out->text = w;
            return parsePathTail(out); // `empty.size` etc. stay nil-safe
        }
        take();
        out->kind = Expression::Kind::Path;
        PathSegment root;
        root.key = w;
        root.hash = Object::hashKey(root.key);
        out->path.append(root);
        if (!parsePathTail(out))
            return false;
        finishPath(out, t.offset);
        return true;
    }
    case K::BrazeAttribute: {
        take();
        out->kind = Expression::Kind::Path;
        PathSegment root;
        root.kind = PathSegment::Kind::BrazeKey;
        root.key = t.text;
        root.hash = Object::hashKey(root.key);
        out->path.append(root);
        if (!parsePathTail(out))
            return false;
        finishPath(out, t.offset);
        return true;
    }
    case K::LBracket: {
        out->kind = Expression::Kind::Path;
        PathSegment root;
        if (!parseBracketKey(&root))
            return false;
        out->path.append(root);
        if (!parsePathTail(out))
            return false;
        finishPath(out, t.offset);
        return true;
    }
    case K::LParen: {
        take();
        auto start = std::make_shared<FilteredExpression>();
        auto end = std::make_shared<FilteredExpression>();
        if (!parseExpression(&start->base))
            return false;
        if (!accept(K::DotDot))
            return fail(peek(), tr("expected '..' in a range like (1..5) but found %1").arg(describe(peek())));
        if (!parseExpression(&end->base))
            return false;
        if (!accept(K::RParen))
            return fail(peek(), tr("expected ')' to close the range but found %1").arg(describe(peek())));
        out->text = sourceBetween(t.offset, lastEnd());
        if (start->base.isLiteral() && end->base.isLiteral() && start->base.literal.isInt() && end->base.literal.isInt()) {
            out->literal = Value::range(start->base.literal.intValue(), end->base.literal.intValue());
            return true;
        }
        out->kind = Expression::Kind::Range;
        out->rangeStart = std::move(start);
        out->rangeEnd = std::move(end);
        return true;
    }
    case K::OpenOutput: {
        // Braze: `{{ expr }}` inside a tag or filter argument means `expr` (§2.2).
        take();
        auto inner = std::make_shared<FilteredExpression>();
        if (!parseExpression(&inner->base) || !parseFilters(&inner->filters))
            return false;
        if (!accept(K::CloseOutput))
            return fail(peek(), tr("expected '}}' but found %1").arg(describe(peek())));
        out->text = sourceBetween(t.offset, lastEnd());
        if (inner->filters.isEmpty()) {
            const QStringView text = out->text;
            *out = inner->base;
            out->text = text;
            return true;
        }
        out->kind = Expression::Kind::Wrapped;
        out->wrapped = std::move(inner);
        return true;
    }
    default:
        return fail(t, tr("expected a value but found %1").arg(describe(t)));
    }
}

bool ExpressionParser::parseBracketKey(PathSegment *segment)
{
    take(); // [
    auto key = std::make_shared<FilteredExpression>();
    if (!parseExpression(&key->base))
        return false;
    if (!accept(K::RBracket))
        return fail(peek(), tr("expected ']' but found %1").arg(describe(peek())));
    const Expression &k = key->base;
    if (k.isLiteral() && k.literal.isString()) {
        segment->kind = PathSegment::Kind::Key;
        segment->key = k.text.mid(1, k.text.size() - 2); // the literal without its quotes
        segment->hash = Object::hashKey(segment->key);
    } else if (k.isLiteral() && k.literal.isInt()) {
        segment->kind = PathSegment::Kind::Index;
        segment->index = k.literal.intValue();
    } else {
        segment->kind = PathSegment::Kind::Dynamic;
        segment->dynamic = std::move(key);
    }
    return true;
}

bool ExpressionParser::parsePathTail(Expression *out)
{
    while (true) {
        if (peek().kind == K::Dot) {
            take();
            const MarkupToken name = take();
            PathSegment s;
            s.dotted = true;
            if (name.kind == K::Identifier) {
                s.key = name.text;
            } else if (name.kind == K::BrazeAttribute) {
                s.kind = PathSegment::Kind::BrazeKey;
                s.key = name.text;
            } else if (name.kind == K::Integer && !m_parser.strict()) {
                s.key = name.text;
            } else {
                return fail(name, tr("expected a property name after '.' but found %1").arg(describe(name)));
            }
            s.hash = Object::hashKey(s.key);
            if (out->kind == Expression::Kind::Path)
                out->path.append(s);
        } else if (peek().kind == K::LBracket) {
            PathSegment s;
            if (!parseBracketKey(&s))
                return false;
            if (out->kind == Expression::Kind::Path)
                out->path.append(s);
        } else {
            return true;
        }
    }
}

void ExpressionParser::finishPath(Parser &parser, Expression *out)
{
    const PathSegment &root = out->path.first();
    // `content_blocks.${name}` renders a host-provided block (§7.3).
    if (root.kind == PathSegment::Kind::Key && root.key == QLatin1String("content_blocks") && out->path.size() == 2
        && out->path.at(1).kind == PathSegment::Kind::BrazeKey) {
        out->kind = Expression::Kind::ContentBlock;
        out->literal = Value(out->path.at(1).key.toString());
        out->path.clear();
        parser.noteContentBlock(out->literal.stringValue());
        return;
    }
    for (qsizetype i = 0; i < out->path.size(); ++i) {
        const PathSegment &s = out->path.at(i);
        if (s.kind != PathSegment::Kind::BrazeKey)
            continue;
        QString attribute;
        for (qsizetype j = 0; j <= i; ++j) {
            const PathSegment &p = out->path.at(j);
            if (j > 0)
                attribute += QLatin1Char('.');
            attribute += p.kind == PathSegment::Kind::BrazeKey ? QStringLiteral("${%1}").arg(p.key) : p.key.toString();
        }
        parser.noteBrazeAttribute(attribute);
        break;
    }
    parser.noteVariable(root.kind == PathSegment::Kind::Dynamic ? QStringView() : root.key, out->text);
}

bool ExpressionParser::parseComparison(Condition *out)
{
    if (!parseExpression(&out->left))
        return false;
    const MarkupToken t = peek();
    if (t.kind == K::Comparison) {
        take();
        // The lexer emits only comparison operators (==, !=, <>, <, >, <=, >=) as K::Comparison.
        out->op = Condition::opFromText(t.text);
    } else if (t.kind == K::Identifier && t.text == QLatin1String("contains")) {
        take();
        out->op = Condition::Op::Contains;
    } else if (t.kind == K::Identifier && t.text != QLatin1String("and") && t.text != QLatin1String("or")) {
        return fail(t, tr("unknown operator %1; use ==, !=, <, >, <=, >=, contains, and, or").arg(describe(t)));
    } else {
        return true;
    }
    return parseExpression(&out->right);
}

bool ExpressionParser::parseCondition(Condition *out)
{
    m_inCondition = true;
    if (!parseComparison(out))
        return false;
    Condition::Link link = Condition::Link::None;
    if (acceptWord(QLatin1String("and")))
        link = Condition::Link::And;
    else if (acceptWord(QLatin1String("or")))
        link = Condition::Link::Or;
    if (link == Condition::Link::None)
        return expectEnd();
    if (++m_depth > m_parser.limits().maxNestingDepth)
        return m_parser.failLimit(peek().offset, tr("condition has too many parts"));
    auto next = std::make_shared<Condition>();
    if (!parseCondition(next.get()))
        return false;
    out->link = link;
    out->next = std::move(next);
    return true;
}

bool ExpressionParser::parseKeywordArguments(QList<std::pair<QString, Expression>> *out)
{
    while (!atEnd()) {
        accept(K::Comma);
        if (atEnd())
            break;
        const MarkupToken key = take();
        if (key.kind != K::Identifier && key.kind != K::String)
            return fail(key, tr("expected name: value but found %1").arg(describe(key)));
        if (!accept(K::Colon))
            return fail(peek(), tr("expected ':' after '%1'").arg(key.text.toString()));
        Expression value;
        if (!parseExpression(&value))
            return false;
        out->append({key.text.toString(), std::move(value)});
    }
    return true;
}

} // namespace Liquid
