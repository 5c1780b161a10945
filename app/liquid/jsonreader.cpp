#include "liquid/jsonreader.h"

#include <QCoreApplication>

namespace Liquid {

static constexpr int MaxJsonDepth = 512;

Value JsonReader::parse(QByteArrayView utf8, QString *errorMessage)
{
    const QString text = QString::fromUtf8(utf8);
    return parse(QStringView(text), errorMessage);
}

Value JsonReader::parse(QStringView text, QString *errorMessage)
{
    JsonReader reader(text);
    reader.skipSpace();
    Value v = reader.parseValue(0);
    reader.skipSpace();
    if (reader.m_error.isEmpty() && reader.m_pos != text.size())
        reader.fail(QCoreApplication::translate("Liquid", "unexpected text after the JSON value"));
    if (!reader.m_error.isEmpty()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("Liquid", "invalid JSON at character %1: %2").arg(reader.m_pos + 1).arg(reader.m_error);
        return Value();
    }
    if (errorMessage)
        errorMessage->clear();
    return v;
}

bool JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

void JsonReader::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char16_t c = m_text[m_pos].unicode();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
}

Value JsonReader::parseValue(int depth)
{
    if (depth > MaxJsonDepth) {
        fail(QCoreApplication::translate("Liquid", "nested too deeply"));
        return Value();
    }
    if (m_pos >= m_text.size()) {
        fail(QCoreApplication::translate("Liquid", "unexpected end of input"));
        return Value();
    }
    const char16_t c = m_text[m_pos].unicode();
    if (c == '{') {
        ++m_pos;
        Object obj;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == u'}') {
            ++m_pos;
            return Value(std::move(obj));
        }
        while (m_error.isEmpty()) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u'"') {
                fail(QCoreApplication::translate("Liquid", "expected a quoted key"));
                break;
            }
            const Value key = parseString();
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u':') {
                fail(QCoreApplication::translate("Liquid", "expected ':'"));
                break;
            }
            ++m_pos;
            skipSpace();
            obj.insert(key.stringValue(), parseValue(depth + 1));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == u'}') {
                ++m_pos;
                break;
            }
            fail(QCoreApplication::translate("Liquid", "expected ',' or '}'"));
        }
        return Value(std::move(obj));
    }
    if (c == '[') {
        ++m_pos;
        Array arr;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == u']') {
            ++m_pos;
            return Value(std::move(arr));
        }
        while (m_error.isEmpty()) {
            skipSpace();
            arr.append(parseValue(depth + 1));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == u']') {
                ++m_pos;
                break;
            }
            fail(QCoreApplication::translate("Liquid", "expected ',' or ']'"));
        }
        return Value(std::move(arr));
    }
    if (c == '"')
        return parseString();
    if (c == '-' || (c >= '0' && c <= '9'))
        return parseNumber();
    const auto word = [&](QLatin1String w) {
        if (m_text.mid(m_pos).startsWith(w)) {
            m_pos += w.size();
            return true;
        }
        return false;
    };
    if (word(QLatin1String("true")))
        return Value(true);
    if (word(QLatin1String("false")))
        return Value(false);
    if (word(QLatin1String("null")))
        return Value();
    fail(QCoreApplication::translate("Liquid", "unexpected character"));
    return Value();
}

Value JsonReader::parseString()
{
    ++m_pos; // opening quote
    QString out;
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos++];
        if (c == u'"')
            return Value(std::move(out));
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (m_pos >= m_text.size())
            break;
        const char16_t e = m_text[m_pos++].unicode();
        switch (e) {
        case '"': out += u'"'; break;
        case '\\': out += u'\\'; break;
        case '/': out += u'/'; break;
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u': {
            bool ok = false;
            const uint code = m_pos + 4 <= m_text.size() ? m_text.mid(m_pos, 4).toUInt(&ok, 16) : 0;
            if (!ok) {
                fail(QCoreApplication::translate("Liquid", "bad \\u escape"));
                return Value(std::move(out));
            }
            m_pos += 4;
            out += QChar(char16_t(code));
            break;
        }
        default:
            fail(QCoreApplication::translate("Liquid", "bad escape"));
            return Value(std::move(out));
        }
    }
    fail(QCoreApplication::translate("Liquid", "unterminated string"));
    return Value(std::move(out));
}

Value JsonReader::parseNumber()
{
    const qsizetype start = m_pos;
    bool isFloat = false;
    if (m_text[m_pos] == u'-')
        ++m_pos;
    while (m_pos < m_text.size()) {
        const char16_t c = m_text[m_pos].unicode();
        if (c >= '0' && c <= '9') {
            ++m_pos;
        } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && isFloat)) {
            isFloat = true;
            ++m_pos;
        } else {
            break;
        }
    }
    const QStringView s = m_text.mid(start, m_pos - start);
    bool ok = false;
    if (!isFloat) {
        const qint64 v = s.toLongLong(&ok);
        if (ok)
            return Value(v);
    }
    const double d = s.toDouble(&ok);
    if (!ok)
        fail(QCoreApplication::translate("Liquid", "bad number"));
    return Value(d);
}

} // namespace Liquid
