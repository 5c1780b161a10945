#include "liquid/filters/standardfilters.h"

// escape, escape_once, strip_html, newline_to_br, strip_newlines as Ruby Liquid does them:
// CGI.escapeHTML's five entities, an escape_once that leaves existing entities alone, and
// strip_html's two regex passes (script/style/comment blocks first, then any tag).
namespace Liquid::StandardFilters {

namespace {

void appendEntity(QString &out, QChar c)
{
    switch (c.unicode()) {
    case '&': out += QLatin1String("&amp;"); break;
    case '<': out += QLatin1String("&lt;"); break;
    case '>': out += QLatin1String("&gt;"); break;
    case '"': out += QLatin1String("&quot;"); break;
    case '\'': out += QLatin1String("&#39;"); break;
    default: out += c; break;
    }
}

bool needsEscape(QChar c)
{
    const char16_t u = c.unicode();
    return u == '&' || u == '<' || u == '>' || u == '"' || u == '\'';
}

// True when text[i] == '&' starts an entity: &name; or &#digits;
bool startsEntity(QStringView text, qsizetype i)
{
    qsizetype j = i + 1;
    if (j < text.size() && text[j] == u'#') {
        const qsizetype digits = ++j;
        while (j < text.size() && text[j].unicode() >= '0' && text[j].unicode() <= '9')
            ++j;
        return j > digits && j < text.size() && text[j] == u';';
    }
    const qsizetype letters = j;
    while (j < text.size() && ((text[j].unicode() | 0x20) >= 'a' && (text[j].unicode() | 0x20) <= 'z'))
        ++j;
    return j > letters && j < text.size() && text[j] == u';';
}

QString escapeHtml(const QString &text, bool keepEntities)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text[first]))
        ++first;
    if (first == text.size())
        return text; // nothing to do: share the input
    QString out;
    out.reserve(text.size() + 16);
    out += QStringView(text).left(first);
    for (qsizetype i = first; i < text.size(); ++i) {
        const QChar c = text[i];
        if (keepEntities && c == u'&' && startsEntity(text, i))
            out += c;
        else
            appendEntity(out, c);
    }
    return out;
}

// Removes every span from `open` to the next `close` (both included), like gsub(/open.*?close/m).
// Returns true when a span was removed at `i`.
bool removeBlock(QStringView text, qsizetype &i, QLatin1String open, QLatin1String close)
{
    if (!text.mid(i).startsWith(open))
        return false;
    const qsizetype end = text.indexOf(close, i + open.size());
    if (end < 0)
        return false;
    i = end + close.size();
    return true;
}

QString replaceNewlines(const QString &text, QLatin1String replacement)
{
    if (!text.contains(u'\n'))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            continue; // \r\n counts as one newline
        if (text[i] == u'\n')
            out += replacement;
        else
            out += text[i];
    }
    return out;
}

} // namespace

Value escape(const Value &input, const FilterArgs &, FilterContext &)
{
    return input.isNil() ? Value() : Value(escapeHtml(input.toString(), false));
}

Value escapeOnce(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(escapeHtml(input.toString(), true));
}

Value stripHtml(const Value &input, const FilterArgs &, FilterContext &)
{
    const QString text = input.toString();
    if (!text.contains(u'<'))
        return Value(text);
    // Pass 1: <script ...</script>, <!-- ... -->, <style ...</style>.
    QString blocksRemoved;
    blocksRemoved.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'<'
            && (removeBlock(text, i, QLatin1String("<script"), QLatin1String("</script>"))
                || removeBlock(text, i, QLatin1String("<!--"), QLatin1String("-->"))
                || removeBlock(text, i, QLatin1String("<style"), QLatin1String("</style>"))))
            continue;
        blocksRemoved += text[i++];
    }
    // Pass 2: any <...>.
    QString out;
    out.reserve(blocksRemoved.size());
    for (qsizetype i = 0; i < blocksRemoved.size();) {
        if (blocksRemoved[i] == u'<') {
            const qsizetype end = blocksRemoved.indexOf(u'>', i + 1);
            if (end >= 0) {
                i = end + 1;
                continue;
            }
        }
        out += blocksRemoved[i++];
    }
    return Value(out);
}

Value newlineToBr(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(replaceNewlines(input.toString(), QLatin1String("<br />\n")));
}

Value stripNewlines(const Value &input, const FilterArgs &, FilterContext &)
{
    return Value(replaceNewlines(input.toString(), QLatin1String("")));
}

} // namespace Liquid::StandardFilters
