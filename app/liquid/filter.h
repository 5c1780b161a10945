#pragma once

#include "liquid/value.h"

#include <QDateTime>
#include <QTimeZone>
#include <QVarLengthArray>

namespace Liquid {

// The arguments of one filter call: `{{ x | f: 1, 'a', key: v }}` gives positional [1, 'a']
// and keywords [key: v]. Evaluated just before the call; missing positions read as nil.
struct FilterArgs
{
    QVarLengthArray<Value, 4> positional;
    QVarLengthArray<std::pair<QString, Value>, 1> keywords;

    qsizetype size() const { return positional.size(); }
    const Value &at(qsizetype i) const
    {
        static const Value nil;
        return i >= 0 && i < positional.size() ? positional[i] : nil;
    }
    bool hasKeyword(QStringView name) const
    {
        for (const auto &k : keywords) {
            if (k.first == name)
                return true;
        }
        return false;
    }
    Value keyword(QStringView name) const
    {
        for (const auto &k : keywords) {
            if (k.first == name)
                return k.second;
        }
        return Value();
    }
};

// What a filter may ask of the render in progress. Filters report failure through error()
// (no exceptions): the renderer stops the expression and reports "Liquid error: MESSAGE".
class FilterContext
{
public:
    FilterContext(const QTimeZone &zone, const QDateTime &now) : m_zone(zone), m_now(now) {}

    // The template's time zone (the `date` filter formats in it) and the render's "now"
    // (fixed per render so one render is self-consistent and tests can pin it).
    const QTimeZone &timeZone() const { return m_zone; }
    const QDateTime &now() const { return m_now; }

    // Records a render error and returns nil; the message is plain words, e.g.
    // "divided by 0" or "wrong number of arguments (given 1, expected 2)".
    Value error(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return Value();
    }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &errorMessage() const { return m_error; }
    void clearError() { m_error.clear(); }

    // Locale-free number text: integers as digits, floats as Ruby prints them (see value.h).
    static QString formatNumber(const Value &number) { return number.toString(); }
    static QString formatNumber(double d) { return formatDouble(d); }

private:
    QTimeZone m_zone;
    QDateTime m_now;
    QString m_error;
};

// A filter: input | name: args. Returns the new value, or ctx.error(...) on failure.
using FilterFunction = Value (*)(const Value &input, const FilterArgs &args, FilterContext &ctx);

} // namespace Liquid
