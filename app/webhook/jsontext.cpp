#include "webhook/jsontext.h"

#include "liquid/braze/jsonescape.h"
#include "liquid/diagnostic.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Webhook::JsonText {

namespace {

QString describe(QJsonParseError::ParseError error)
{
    const char *text = nullptr;
    switch (error) {
    case QJsonParseError::UnterminatedObject: text = QT_TRANSLATE_NOOP("JsonText", "an object is not closed: a } or a comma is missing"); break;
    case QJsonParseError::MissingNameSeparator: text = QT_TRANSLATE_NOOP("JsonText", "a colon is missing after a key"); break;
    case QJsonParseError::UnterminatedArray: text = QT_TRANSLATE_NOOP("JsonText", "a list is not closed: a ] or a comma is missing"); break;
    case QJsonParseError::MissingValueSeparator: text = QT_TRANSLATE_NOOP("JsonText", "a comma is missing between two values"); break;
    case QJsonParseError::IllegalValue: text = QT_TRANSLATE_NOOP("JsonText", "this is not a JSON value (text must be in double quotes)"); break;
    case QJsonParseError::TerminationByNumber: text = QT_TRANSLATE_NOOP("JsonText", "the text ends inside a number"); break;
    case QJsonParseError::IllegalNumber: text = QT_TRANSLATE_NOOP("JsonText", "this number is not valid JSON"); break;
    case QJsonParseError::IllegalEscapeSequence: text = QT_TRANSLATE_NOOP("JsonText", "invalid escape sequence after a backslash"); break;
    case QJsonParseError::IllegalUTF8String: text = QT_TRANSLATE_NOOP("JsonText", "invalid characters in a string"); break;
    case QJsonParseError::UnterminatedString: text = QT_TRANSLATE_NOOP("JsonText", "a string is not closed: a double quote is missing"); break;
    case QJsonParseError::MissingObject: text = QT_TRANSLATE_NOOP("JsonText", "the body must be a JSON object or list"); break;
    case QJsonParseError::GarbageAtEnd: text = QT_TRANSLATE_NOOP("JsonText", "there is more text after the end of the JSON"); break;
    default: text = QT_TRANSLATE_NOOP("JsonText", "this is not valid JSON"); break;
    }
    return QCoreApplication::translate("JsonText", text);
}

} // namespace

ParseProblem validate(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    ParseProblem problem;
    problem.message = describe(error.error);
    // The offset counts UTF-8 bytes; the editor counts UTF-16 units.
    const qsizetype offset = QString::fromUtf8(utf8.left(error.offset)).size();
    Liquid::LineIndex(text).locate(qMin(offset, text.size()), &problem.line, &problem.column);
    return problem;
}

QString pretty(const QString &text)
{
    QString out;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    auto newline = [&] { out += QLatin1Char('\n') + QString(depth * 2, QLatin1Char(' ')); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case '"': inString = true; out += c; break;
        case '{': case '[': {
            // Keep empty containers on one line.
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j).isSpace())
                ++j;
            const QChar close = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
            if (j < text.size() && text.at(j) == close) {
                out += c;
                out += close;
                i = j;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case '}': case ']': --depth; newline(); out += c; break;
        case ',': out += c; newline(); break;
        case ':': out += QStringLiteral(": "); break;
        default: out += c;
        }
    }
    return out;
}

QString quoted(const QString &value)
{
    // The same escaping as Braze's json_escape filter: one set of rules for every JSON string.
    QString out = QStringLiteral("\"");
    Liquid::appendJsonEscaped(out, value);
    out += QLatin1Char('"');
    return out;
}

QString objectFromPairs(const QList<KeyValueRow> &pairs)
{
    QString out = QStringLiteral("{");
    for (const KeyValueRow &pair : pairs) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += quoted(pair.key) + QLatin1Char(':') + quoted(pair.value);
    }
    out += QLatin1Char('}');
    return out;
}

bool looksLikeJsonContentType(const QString &contentType)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return type == QLatin1String("application/json") || type.endsWith(QLatin1String("+json"));
}

} // namespace Webhook::JsonText
