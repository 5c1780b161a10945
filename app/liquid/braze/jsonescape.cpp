#include "liquid/braze/jsonescape.h"

namespace Liquid {

void appendJsonEscaped(QString &out, QStringView text)
{
    static const char Hex[] = "0123456789abcdef";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        default:
            if (u < 0x20) {
                out += QLatin1String("\\u00");
                out += QLatin1Char(Hex[u >> 4]);
                out += QLatin1Char(Hex[u & 0xF]);
            } else {
                out += c;
            }
        }
    }
}

static void appendJson(QString &out, const Value &v, int depth)
{
    switch (v.type()) {
    case Value::Type::Nil:
        out += QLatin1String("null");
        return;
    case Value::Type::Bool:
    case Value::Type::Int:
    case Value::Type::Double:
        v.appendTo(out);
        return;
    case Value::Type::Array: {
        out += QLatin1Char('[');
        bool first = true;
        for (const Value &item : v.arrayValue()) {
            if (!first)
                out += QLatin1Char(',');
            first = false;
            if (depth < 100)
                appendJson(out, item, depth + 1);
            else
                out += QLatin1String("null");
        }
        out += QLatin1Char(']');
        return;
    }
    case Value::Type::Object: {
        out += QLatin1Char('{');
        bool first = true;
        for (const auto &entry : v.objectValue().entries()) {
            if (!first)
                out += QLatin1Char(',');
            first = false;
            out += QLatin1Char('"');
            appendJsonEscaped(out, entry.first);
            out += QLatin1String("\":");
            if (depth < 100)
                appendJson(out, entry.second, depth + 1);
            else
                out += QLatin1String("null");
        }
        out += QLatin1Char('}');
        return;
    }
    default: // strings, ranges ("1..3"), drops, the empty/blank literals
        out += QLatin1Char('"');
        appendJsonEscaped(out, v.toString());
        out += QLatin1Char('"');
        return;
    }
}

QString toJsonText(const Value &value)
{
    QString out;
    appendJson(out, value, 0);
    return out;
}

} // namespace Liquid
