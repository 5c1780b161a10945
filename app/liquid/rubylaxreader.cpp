#include "liquid/rubylaxreader.h"

#include "liquid/environment.h"
#include "liquid/expressionparser.h"
#include "liquid/parser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Liquid {

namespace {

// Shopify Liquid 5.4's patterns (lib/liquid.rb, variable.rb, if.rb, variable_lookup.rb), in
// PCRE spelling. \w and \s are ASCII, as in Ruby, so a curly quote is part of a fragment.
#define QUOTED_FRAGMENT R"((?:"[^"]*"|'[^']*'|(?:[^\s,|'"]|"[^"]*"|'[^']*')+))"

const QRegularExpression &pattern(int which)
{
    using O = QRegularExpression::PatternOption;
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("(" QUOTED_FRAGMENT ")(.*)"), O::DotMatchesEverythingOption),
        QRegularExpression(QStringLiteral(R"(\|\s*(.*))"), O::DotMatchesEverythingOption),
        QRegularExpression(QStringLiteral(R"((?:\s+|)" QUOTED_FRAGMENT R"(|,)+)")),
        QRegularExpression(QStringLiteral(R"((?::|,)\s*((?:\w+\s*:\s*)?)" QUOTED_FRAGMENT ")")),
        QRegularExpression(QStringLiteral(R"(\A(\w[\w-]*)\s*:\s*()" QUOTED_FRAGMENT R"()\z)")),
        QRegularExpression(QStringLiteral("(" QUOTED_FRAGMENT R"()\s*([=!<>a-z_]+)?\s*()" QUOTED_FRAGMENT ")?")),
        QRegularExpression(QStringLiteral(R"((?:\b(?:\s?and\s?|\s?or\s?)\b|(?:\s*(?!\b(?:\s?and\s?|\s?or\s?)\b)(?:)" QUOTED_FRAGMENT R"(|\S+)\s*)+))")),
        // The variable scanner, plus Braze's ${…} read as one name.
        QRegularExpression(QStringLiteral(R"(\$\{[^}]*\}|(?<br>\[(?>[^\[\]]+|(?&br))*\])|[\w-]+\??)")),
        QRegularExpression(QStringLiteral(R"(\A-?\d+\z)")),
        QRegularExpression(QStringLiteral(R"(\A\(\s*(?>(\S+)\s*\.\.)\s*(\S+)\s*\)\z)")),
        QRegularExpression(QStringLiteral(R"(\A-?\d[\d.]+\z)")),
        QRegularExpression(QStringLiteral(R"(\w+)")),
    };
    return patterns[which];
}
#undef QUOTED_FRAGMENT

enum Pattern {
    MarkupWithQuotedFragment, FilterMarkup, FilterParser, FilterArgsPattern, JustTagAttributes, Syntax,
    ExpressionsAndOperators, VariableParser, Integer, Range, Float, Word
};

QStringView captured(QStringView in, const QRegularExpressionMatch &m, int group)
{
    return m.capturedStart(group) < 0 ? QStringView() : in.mid(m.capturedStart(group), m.capturedLength(group));
}

bool isQuotedLiteral(QStringView s)
{
    return s.size() >= 1 && ((s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')))
                             || (s.startsWith(QLatin1Char('\'')) && s.endsWith(QLatin1Char('\''))));
}

// Ruby's String#to_f: the longest leading decimal number, 0 when there is none.
double rubyToF(QStringView s)
{
    qsizetype end = s.startsWith(QLatin1Char('-')) ? 1 : 0;
    while (end < s.size() && s[end].isDigit())
        ++end;
    if (end + 1 < s.size() && s[end] == QLatin1Char('.') && s[end + 1].isDigit()) {
        ++end;
        while (end < s.size() && s[end].isDigit())
            ++end;
    }
    return s.left(end).toDouble();
}

} // namespace

RubyLaxReader::RubyLaxReader(Parser &parser, QStringView markup, qsizetype offset)
    : m_parser(parser), m_markup(markup), m_masked(markup.toString()), m_offset(offset)
{
    // Blanks inside ${…} belong to the attribute name (Braze substitutes it first).
    for (qsizetype i = 0; i + 1 < m_masked.size(); ++i) {
        if (m_masked[i] != QLatin1Char('$') || m_masked[i + 1] != QLatin1Char('{'))
            continue;
        const qsizetype close = m_masked.indexOf(QLatin1Char('}'), i + 2);
        if (close < 0)
            break;
        for (qsizetype j = i + 2; j < close; ++j) {
            if (m_masked[j].isSpace() || m_masked[j] == QLatin1Char(',') || m_masked[j] == QLatin1Char('|'))
                m_masked[j] = QChar(0x1f);
        }
        i = close;
    }
}

Expression RubyLaxReader::readExpression(QStringView fragment, qsizetype offset) const
{
    Expression out;
    const QStringView trimmed = fragment.trimmed();
    out.offset = offset + (trimmed.data() - fragment.data());
    out.text = trimmed;
    if (isQuotedLiteral(trimmed)) {
        out.literal = Value(trimmed.size() >= 2 ? trimmed.mid(1, trimmed.size() - 2).toString() : QString());
        return out;
    }
    if (trimmed.isEmpty() || trimmed == QLatin1String("nil") || trimmed == QLatin1String("null"))
        return out;
    if (trimmed == QLatin1String("true") || trimmed == QLatin1String("false")) {
        out.literal = Value(trimmed == QLatin1String("true"));
        return out;
    }
    if (trimmed == QLatin1String("empty") || trimmed == QLatin1String("blank")) {
        out.literal = trimmed == QLatin1String("empty") ? Value::emptyLiteral() : Value::blankLiteral();
        return out;
    }
    if (pattern(Integer).match(trimmed).hasMatch()) {
        bool ok = false;
        const qint64 v = trimmed.toLongLong(&ok);
        out.literal = ok ? Value(v) : Value(trimmed.toDouble());
        return out;
    }
    const QRegularExpressionMatch range = pattern(Range).match(trimmed);
    if (range.hasMatch()) {
        auto start = std::make_shared<FilteredExpression>();
        auto end = std::make_shared<FilteredExpression>();
        start->base = readExpression(captured(trimmed, range, 1), out.offset + range.capturedStart(1));
        end->base = readExpression(captured(trimmed, range, 2), out.offset + range.capturedStart(2));
        if (start->base.isLiteral() && end->base.isLiteral() && start->base.literal.isInt() && end->base.literal.isInt()) {
            out.literal = Value::range(start->base.literal.intValue(), end->base.literal.intValue());
            return out;
        }
        out.kind = Expression::Kind::Range;
        out.rangeStart = std::move(start);
        out.rangeEnd = std::move(end);
        return out;
    }
    if (pattern(Float).match(trimmed).hasMatch()) {
        out.literal = Value(rubyToF(trimmed));
        return out;
    }
    readLookup(trimmed, out.offset, &out);
    return out;
}

// VariableLookup.parse: the scanner's pieces are the name and the lookups; anything else
// (braces, curly quotes, parentheses) is skipped.
void RubyLaxReader::readLookup(QStringView fragment, qsizetype offset, Expression *out) const
{
    QList<PathSegment> path;
    auto it = pattern(VariableParser).globalMatch(fragment);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView piece = captured(fragment, m, 0);
        PathSegment s;
        if (piece.startsWith(QLatin1String("${"))) {
            s.kind = PathSegment::Kind::BrazeKey;
            s.key = piece.mid(2, piece.size() - 3).trimmed();
        } else if (piece.startsWith(QLatin1Char('['))) {
            const Expression key = readExpression(piece.mid(1, piece.size() - 2), offset + m.capturedStart(0) + 1);
            if (key.isLiteral() && key.literal.isString() && isQuotedLiteral(key.text)) {
                s.key = key.text.mid(1, key.text.size() - 2);
            } else if (key.isLiteral() && key.literal.isString()) {
                s.key = m_parser.keepText(key.literal.stringValue());
            } else if (key.isLiteral() && key.literal.isInt()) {
                s.kind = PathSegment::Kind::Index;
                s.index = key.literal.intValue();
            } else {
                s.kind = PathSegment::Kind::Dynamic;
                auto dynamic = std::make_shared<FilteredExpression>();
                dynamic->base = key;
                s.dynamic = std::move(dynamic);
            }
        } else {
            s.dotted = true;
            s.key = piece;
        }
        s.hash = Object::hashKey(s.key);
        path.append(std::move(s));
    }
    if (path.isEmpty())
        return; // nothing readable: nil, as Ruby's lookup without a name
    // The path as it is read (what the warning shows): x.carrier, ${first_name}, items[0].
    QString text;
    for (const PathSegment &s : std::as_const(path)) {
        switch (s.kind) {
        case PathSegment::Kind::Key:
            if (s.dotted)
                text += (text.isEmpty() ? QString() : QStringLiteral(".")) + s.key.toString();
            else
                text += QStringLiteral("[\"%1\"]").arg(s.key);
            break;
        case PathSegment::Kind::BrazeKey:
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + QStringLiteral("${%1}").arg(s.key);
            break;
        case PathSegment::Kind::Index:
            text += QStringLiteral("[%1]").arg(s.index);
            break;
        case PathSegment::Kind::Dynamic:
            text += QStringLiteral("[%1]").arg(s.dynamic->base.text);
            break;
        }
    }
    out->text = m_parser.keepText(text);
    out->kind = Expression::Kind::Path;
    out->path = std::move(path);
    ExpressionParser::finishPath(m_parser, out);
}

void RubyLaxReader::readFiltered(FilteredExpression *out) const
{
    *out = FilteredExpression();
    const QRegularExpressionMatch m = pattern(MarkupWithQuotedFragment).match(m_masked);
    if (!m.hasMatch())
        return;
    out->base = readExpression(captured(m_markup, m, 1), m_offset + m.capturedStart(1));
    const qsizetype restStart = m.capturedStart(2);
    const QRegularExpressionMatch filterMarkup = pattern(FilterMarkup).match(QStringView(m_masked).mid(restStart));
    if (!filterMarkup.hasMatch())
        return;
    const qsizetype filtersStart = restStart + filterMarkup.capturedStart(1);
    auto filters = pattern(FilterParser).globalMatch(QStringView(m_masked).mid(filtersStart));
    while (filters.hasNext()) {
        const QRegularExpressionMatch f = filters.next();
        const qsizetype fStart = filtersStart + f.capturedStart(0);
        const QStringView masked = QStringView(m_masked).mid(fStart, f.capturedLength(0));
        const QRegularExpressionMatch name = pattern(Word).match(masked);
        if (!name.hasMatch())
            continue;
        FilterCall call;
        call.name = m_markup.mid(fStart + name.capturedStart(0), name.capturedLength(0)).toString();
        call.offset = m_offset + fStart + name.capturedStart(0);
        call.spec = m_parser.environment().filters().find(call.name);
        if (call.spec)
            call.name = call.spec->name;
        m_parser.noteFilter(call.name);
        if (!call.spec)
            m_parser.warn(call.offset, QCoreApplication::translate("Liquid", "unknown filter '%1'").arg(call.name));
        auto args = pattern(FilterArgsPattern).globalMatch(masked);
        while (args.hasNext()) {
            const QRegularExpressionMatch a = args.next();
            const qsizetype aStart = fStart + a.capturedStart(1);
            const QStringView arg = m_markup.mid(aStart, a.capturedLength(1));
            const QRegularExpressionMatch keyword = pattern(JustTagAttributes).match(QStringView(m_masked).mid(aStart, arg.size()));
            if (keyword.hasMatch()) {
                call.keywords.append({arg.mid(keyword.capturedStart(1), keyword.capturedLength(1)).toString(),
                                      readExpression(arg.mid(keyword.capturedStart(2), keyword.capturedLength(2)), m_offset + aStart + keyword.capturedStart(2))});
            } else {
                Expression value = readExpression(arg, m_offset + aStart);
                call.argsRenderTemplates = call.argsRenderTemplates || value.kind == Expression::Kind::ContentBlock;
                call.args.append(std::move(value));
            }
        }
        out->filters.append(std::move(call));
    }
}

bool RubyLaxReader::readComparison(QStringView chunk, qsizetype offset, Condition *out) const
{
    const QRegularExpressionMatch m = pattern(Syntax).match(chunk);
    if (!m.hasMatch())
        return false;
    const QStringView original = m_markup.mid(offset - m_offset, chunk.size());
    out->left = readExpression(captured(original, m, 1), offset + m.capturedStart(1));
    if (m.capturedStart(3) >= 0)
        out->right = readExpression(captured(original, m, 3), offset + m.capturedStart(3));
    const QStringView op = captured(original, m, 2);
    out->op = op.isEmpty() ? Condition::Op::Truthy : Condition::opFromText(op);
    if (out->op == Condition::Op::Unknown)
        out->unknownOperator = op.toString(); // Ruby fails when it evaluates it
    return true;
}

bool RubyLaxReader::readCondition(Condition *out) const
{
    QList<std::pair<QStringView, qsizetype>> chunks; // masked text, offset in the markup
    auto it = pattern(ExpressionsAndOperators).globalMatch(m_masked);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        chunks.append({QStringView(m_masked).mid(m.capturedStart(0), m.capturedLength(0)), m.capturedStart(0)});
    }
    if (chunks.isEmpty())
        return false;
    // Odd positions must be and/or (Ruby raises otherwise); chains are right-associative.
    Condition *current = out;
    for (qsizetype i = 0; i < chunks.size(); i += 2) {
        if (!readComparison(chunks[i].first, m_offset + chunks[i].second, current))
            return false;
        if (i + 1 >= chunks.size())
            break;
        const QStringView op = chunks[i + 1].first.trimmed();
        if (op != QLatin1String("and") && op != QLatin1String("or"))
            return false;
        if (i + 2 >= chunks.size())
            return false;
        auto next = std::make_shared<Condition>();
        current->link = op == QLatin1String("and") ? Condition::Link::And : Condition::Link::Or;
        current->next = next;
        current = next.get();
    }
    return true;
}

bool RubyLaxReader::withinNesting(QStringView markup, int depth)
{
    int level = 0;
    for (const QChar c : markup) {
        if (c == QLatin1Char('[') && ++level > depth)
            return false;
        if (c == QLatin1Char(']') && level > 0)
            --level;
    }
    return true;
}

QString RubyLaxReader::describe(const FilteredExpression &expression)
{
    QString text = expression.base.text.isEmpty() ? QStringLiteral("nil") : expression.base.text.toString();
    for (const FilterCall &call : expression.filters) {
        text += QStringLiteral(" | ") + call.name;
        QStringList args;
        for (const Expression &arg : call.args)
            args.append(arg.text.toString());
        for (const auto &[key, value] : call.keywords)
            args.append(key + QStringLiteral(": ") + value.text.toString());
        if (!args.isEmpty())
            text += QStringLiteral(": ") + args.join(QStringLiteral(", "));
    }
    return text;
}

QString RubyLaxReader::describe(const Condition &condition)
{
    static const char *const ops[] = {"", "==", "!=", "<", ">", "<=", ">=", "contains", ""};
    QString text;
    for (const Condition *c = &condition; c; c = c->next.get()) {
        text += c->left.text.isEmpty() ? QStringLiteral("nil") : c->left.text.toString();
        if (c->op != Condition::Op::Truthy) {
            text += QLatin1Char(' ') + (c->op == Condition::Op::Unknown ? c->unknownOperator : QString::fromLatin1(ops[int(c->op)]));
            text += QLatin1Char(' ') + (c->right.text.isEmpty() ? QStringLiteral("nil") : c->right.text.toString());
        }
        if (c->link != Condition::Link::None)
            text += c->link == Condition::Link::And ? QStringLiteral(" and ") : QStringLiteral(" or ");
    }
    return text;
}

} // namespace Liquid
