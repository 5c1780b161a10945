#include "liquid/value.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

#include <charconv>
#include <cmath>

namespace Liquid {

// ---- Object ----

const Value *Object::find(QStringView key, size_t hash) const
{
    if (m_slots.isEmpty()) {
        for (qsizetype i = 0; i < m_hashes.size(); ++i) {
            if (m_hashes.at(i) == hash && m_entries.at(i).first == key)
                return &m_entries.at(i).second;
        }
        return nullptr;
    }
    const size_t mask = size_t(m_slots.size()) - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const qint32 slot = m_slots.at(qsizetype(i));
        if (slot < 0)
            return nullptr;
        if (m_hashes.at(slot) == hash && m_entries.at(slot).first == key)
            return &m_entries.at(slot).second;
    }
}

void Object::insert(const QString &key, size_t hash, const Value &value)
{
    if (Value *existing = find(key, hash)) {
        *existing = value;
        return;
    }
    m_entries.append(Entry(key, value));
    m_hashes.append(hash);
    const qsizetype n = m_entries.size();
    if (n < IndexThreshold)
        return;
    if (m_slots.size() < n * 2) {
        rebuildIndex();
        return;
    }
    const size_t mask = size_t(m_slots.size()) - 1;
    size_t i = hash & mask;
    while (m_slots.at(qsizetype(i)) >= 0)
        i = (i + 1) & mask;
    m_slots[qsizetype(i)] = qint32(n - 1);
}

void Object::rebuildIndex()
{
    qsizetype capacity = 16;
    while (capacity < m_entries.size() * 4)
        capacity *= 2;
    m_slots.fill(-1, capacity);
    const size_t mask = size_t(capacity) - 1;
    for (qsizetype e = 0; e < m_entries.size(); ++e) {
        size_t i = m_hashes.at(e) & mask;
        while (m_slots.at(qsizetype(i)) >= 0)
            i = (i + 1) & mask;
        m_slots[qsizetype(i)] = qint32(e);
    }
}

// ---- construction ----

Value::Value(Array a) : m_type(Type::Array), m_int(0), m_heap(std::make_shared<const Array>(std::move(a))) {}
Value::Value(Object o) : m_type(Type::Object), m_int(0), m_heap(std::make_shared<const Object>(std::move(o))) {}
Value::Value(std::shared_ptr<Drop> d) : m_type(d ? Type::Drop : Type::Nil), m_int(0), m_heap(std::move(d)) {}

Value Value::range(qint64 first, qint64 last)
{
    Value v;
    v.m_type = Type::Range;
    v.m_range.first = first;
    v.m_range.last = last;
    return v;
}

Value Value::emptyLiteral()
{
    Value v;
    v.m_type = Type::Empty;
    return v;
}

Value Value::blankLiteral()
{
    Value v;
    v.m_type = Type::Blank;
    return v;
}

Value Value::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return Value(json.toBool());
    case QJsonValue::Double: {
        // Qt keeps integers written without '.'/exponent as 64-bit integers: "2" vs "2.0".
        const QVariant v = json.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            return Value(v.toLongLong());
        return Value(json.toDouble());
    }
    case QJsonValue::String:
        return Value(json.toString());
    case QJsonValue::Array: {
        const QJsonArray a = json.toArray();
        Array out;
        out.reserve(a.size());
        for (const QJsonValue &item : a)
            out.append(fromJson(item));
        return Value(std::move(out));
    }
    case QJsonValue::Object: {
        const QJsonObject o = json.toObject();
        Object out;
        out.reserve(o.size());
        // QJsonObject sorts keys; JSON order is recovered by fromJsonText when it matters.
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), fromJson(it.value()));
        return Value(std::move(out));
    }
    default:
        return Value();
    }
}

Value Value::fromVariant(const QVariant &variant)
{
    switch (variant.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return Value();
    case QMetaType::Bool:
        return Value(variant.toBool());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return Value(variant.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return Value(variant.toDouble());
    case QMetaType::QString:
        return Value(variant.toString());
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        Array out;
        for (const QVariant &item : variant.toList())
            out.append(fromVariant(item));
        return Value(std::move(out));
    }
    case QMetaType::QVariantMap: {
        const QVariantMap m = variant.toMap();
        Object out;
        for (auto it = m.begin(); it != m.end(); ++it)
            out.insert(it.key(), fromVariant(it.value()));
        return Value(std::move(out));
    }
    case QMetaType::QJsonValue:
        return fromJson(variant.toJsonValue());
    case QMetaType::QJsonObject:
        return fromJson(variant.toJsonObject());
    case QMetaType::QJsonArray:
        return fromJson(variant.toJsonArray());
    default:
        return Value(variant.toString());
    }
}

QJsonValue Value::toJson() const
{
    switch (m_type) {
    case Type::Bool: return QJsonValue(m_bool);
    case Type::Int: return QJsonValue(m_int);
    case Type::Double: return QJsonValue(m_double);
    case Type::String: return QJsonValue(m_string);
    case Type::Array: {
        QJsonArray a;
        for (const Value &v : arrayValue())
            a.append(v.toJson());
        return a;
    }
    case Type::Range: {
        QJsonArray a;
        for (qint64 i = m_range.first; i <= m_range.last && a.size() < 100000; ++i)
            a.append(QJsonValue(i));
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (const auto &e : objectValue().entries())
            o.insert(e.first, e.second.toJson());
        return o;
    }
    case Type::Drop: return QJsonValue(toString());
    case Type::Empty:
    case Type::Blank: return QJsonValue(QString());
    case Type::Nil: break;
    }
    return QJsonValue(QJsonValue::Null);
}

QVariant Value::toVariant() const
{
    return toJson().toVariant();
}

// ---- accessors ----

const Array &Value::arrayValue() const
{
    static const Array empty;
    return m_type == Type::Array ? *static_cast<const Array *>(m_heap.get()) : empty;
}

const Object &Value::objectValue() const
{
    static const Object empty;
    return m_type == Type::Object ? *static_cast<const Object *>(m_heap.get()) : empty;
}

Drop *Value::drop() const
{
    return m_type == Type::Drop ? const_cast<Drop *>(static_cast<const Drop *>(m_heap.get())) : nullptr;
}

bool Value::isEmpty() const
{
    switch (m_type) {
    case Type::String: return m_string.isEmpty();
    case Type::Array: return arrayValue().isEmpty();
    case Type::Object: return objectValue().isEmpty();
    case Type::Range: return m_range.last < m_range.first;
    default: return false;
    }
}

bool Value::isBlank() const
{
    switch (m_type) {
    case Type::Nil: return true;
    case Type::Bool: return !m_bool;
    case Type::String:
        for (QChar c : m_string) {
            if (!c.isSpace())
                return false;
        }
        return true;
    default: return isEmpty();
    }
}

// ---- printing ----

QString formatDouble(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");
    if (d == 0)
        return std::signbit(d) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    const std::string_view sci(buf, res.ptr - buf);
    // sci looks like "-1.2345e+20": split sign, digits and exponent.
    const bool negative = sci.front() == '-';
    const size_t ePos = sci.find('e');
    std::string digits;
    for (size_t i = negative ? 1 : 0; i < ePos; ++i) {
        if (sci[i] != '.')
            digits.push_back(sci[i]);
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    // to_chars does not terminate its output: parse the exponent within it, never past it.
    int exponent = 0;
    std::from_chars(sci.data() + ePos + 2, sci.data() + sci.size(), exponent);
    if (sci[ePos + 1] == '-')
        exponent = -exponent;
    const int decpt = exponent + 1; // value = 0.DIGITS * 10^decpt
    const int n = int(digits.size());
    std::string out;
    if (negative)
        out.push_back('-');
    if (decpt < -3 || decpt > 16) {
        out.push_back(digits[0]);
        out.push_back('.');
        out += n > 1 ? digits.substr(1) : std::string("0");
        char e[16];
        std::snprintf(e, sizeof e, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += e;
    } else if (decpt <= 0) {
        out += "0.";
        out.append(size_t(-decpt), '0');
        out += digits;
    } else if (decpt >= n) {
        out += digits;
        out.append(size_t(decpt - n), '0');
        out += ".0";
    } else {
        out += digits.substr(0, size_t(decpt));
        out.push_back('.');
        out += digits.substr(size_t(decpt));
    }
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

void Value::appendTo(QString &out) const
{
    switch (m_type) {
    case Type::Nil:
    case Type::Empty:
    case Type::Blank:
        return;
    case Type::Bool:
        out += m_bool ? QLatin1String("true") : QLatin1String("false");
        return;
    case Type::Int: {
        char buf[24];
        const auto res = std::to_chars(buf, buf + sizeof buf, m_int);
        out += QLatin1String(buf, res.ptr - buf);
        return;
    }
    case Type::Double:
        out += formatDouble(m_double);
        return;
    case Type::String:
        out += m_string;
        return;
    case Type::Array:
        for (const Value &v : arrayValue())
            v.appendTo(out);
        return;
    case Type::Range:
        out += QString::number(m_range.first) + QLatin1String("..") + QString::number(m_range.last);
        return;
    case Type::Object: {
        // Ruby's Hash#to_s: {"a"=>1, "b"=>"x"}
        out += QLatin1Char('{');
        bool first = true;
        for (const auto &e : objectValue().entries()) {
            if (!first)
                out += QLatin1String(", ");
            first = false;
            out += QLatin1Char('"') + e.first + QLatin1String("\"=>");
            if (e.second.isString())
                out += QLatin1Char('"') + e.second.m_string + QLatin1Char('"');
            else if (e.second.isNil())
                out += QLatin1String("nil");
            else
                e.second.appendTo(out);
        }
        out += QLatin1Char('}');
        return;
    }
    case Type::Drop:
        out += drop()->toString();
        return;
    }
}

QString Value::toString() const
{
    if (m_type == Type::String)
        return m_string;
    QString out;
    appendTo(out);
    return out;
}

// ---- coercion ----

static bool parseIntegerStrict(QStringView s, qint64 *out)
{
    s = s.trimmed();
    bool ok = false;
    *out = s.toLongLong(&ok, 10);
    return ok;
}

Value Value::toNumber() const
{
    switch (m_type) {
    case Type::Int:
    case Type::Double:
        return *this;
    case Type::String: {
        const QStringView s = QStringView(m_string).trimmed();
        // /\A-?\d+\.\d+\z/ is a float, anything else goes through Ruby's String#to_i.
        qsizetype i = 0;
        if (i < s.size() && s[i] == QLatin1Char('-'))
            ++i;
        const qsizetype intStart = i;
        while (i < s.size() && s[i].isDigit())
            ++i;
        if (i > intStart && i < s.size() && s[i] == QLatin1Char('.')) {
            qsizetype j = i + 1;
            while (j < s.size() && s[j].isDigit())
                ++j;
            if (j > i + 1 && j == s.size())
                return Value(s.toDouble());
        }
        // to_i: optional sign then leading digits
        qsizetype k = 0;
        bool neg = false;
        if (k < s.size() && (s[k] == QLatin1Char('-') || s[k] == QLatin1Char('+')))
            neg = s[k++] == QLatin1Char('-');
        qint64 v = 0;
        while (k < s.size() && s[k].isDigit() && v < (Q_INT64_C(1) << 58))
            v = v * 10 + (s[k++].unicode() - '0');
        return Value(neg ? -v : v);
    }
    default:
        return Value(qint64(0));
    }
}

qint64 Value::toInteger(bool *ok) const
{
    if (ok)
        *ok = true;
    switch (m_type) {
    case Type::Int:
        return m_int;
    case Type::Double:
        // Beyond qint64 the conversion is undefined behaviour: a range bound like
        // 92233723372036854775807 (parsed as a float) saturates, as range sizes do.
        if (std::isfinite(m_double)) {
            if (m_double >= 9223372036854775808.0)
                return std::numeric_limits<qint64>::max();
            if (m_double < -9223372036854775808.0)
                return std::numeric_limits<qint64>::min();
            return qint64(m_double);
        }
        break;
    case Type::String: {
        qint64 v = 0;
        if (parseIntegerStrict(m_string, &v))
            return v;
        break;
    }
    default:
        break;
    }
    if (ok)
        *ok = false;
    return 0;
}

double Value::toDouble() const
{
    const Value n = toNumber();
    return n.isInt() ? double(n.m_int) : n.m_double;
}

Array Value::toArray() const
{
    switch (m_type) {
    case Type::Array:
        return arrayValue();
    case Type::Nil:
        return {};
    case Type::Range: {
        Array out;
        for (qint64 i = m_range.first; i <= m_range.last; ++i)
            out.append(Value(i));
        return out;
    }
    default:
        return {*this};
    }
}

// ---- lookup ----

qint64 Value::size() const
{
    switch (m_type) {
    case Type::String: return m_string.size();
    case Type::Array: return arrayValue().size();
    case Type::Object: return objectValue().size();
    case Type::Range: {
        // (-9223372036854775808..9223372036854775807) has more items than a qint64 counts:
        // the size saturates, and loops stop long before at the render limits.
        qint64 size = 0;
        if (m_range.last < m_range.first)
            return 0;
        if (__builtin_sub_overflow(m_range.last, m_range.first, &size) || __builtin_add_overflow(size, 1, &size))
            return std::numeric_limits<qint64>::max();
        return size;
    }
    default: return 0;
    }
}

Value Value::at(qint64 i) const
{
    if (m_type == Type::Array) {
        const Array &a = arrayValue();
        if (i < 0)
            i += a.size();
        return i >= 0 && i < a.size() ? a.at(i) : Value();
    }
    if (m_type == Type::Range) {
        const qint64 n = size();
        if (i < 0)
            i += n;
        return i >= 0 && i < n ? Value(m_range.first + i) : Value();
    }
    return Value();
}

Value Value::index(const Value &key) const
{
    switch (m_type) {
    case Type::Array:
    case Type::Range:
        return key.isInt() ? at(key.m_int) : Value();
    case Type::Object:
        if (key.isString()) {
            const Value *v = objectValue().find(key.m_string);
            return v ? *v : Value();
        }
        return Value();
    case Type::Drop:
        return key.isString() ? drop()->property(key.m_string) : Value();
    default:
        return Value();
    }
}

Value Value::property(QStringView key) const
{
    switch (m_type) {
    case Type::Object: {
        if (const Value *v = objectValue().find(key))
            return *v;
        if (key == QLatin1String("size"))
            return Value(size());
        if (key == QLatin1String("first") && !objectValue().isEmpty()) {
            const auto &e = objectValue().entries().first();
            return Value(Array{Value(e.first), e.second});
        }
        return Value();
    }
    case Type::Array:
    case Type::Range:
        if (key == QLatin1String("size"))
            return Value(size());
        if (key == QLatin1String("first"))
            return at(0);
        if (key == QLatin1String("last"))
            return at(-1);
        return Value();
    case Type::String:
        if (key == QLatin1String("size"))
            return Value(size());
        return Value();
    case Type::Drop:
        return drop()->property(key);
    default:
        return Value();
    }
}

// ---- comparison ----

bool Value::equals(const Value &o) const
{
    if (m_type == Type::Empty)
        return o.m_type != Type::Empty && o.m_type != Type::Blank && o.isEmpty() && (o.isString() || o.isArray() || o.isObject());
    if (m_type == Type::Blank)
        return o.m_type != Type::Empty && o.m_type != Type::Blank && o.isBlank();
    if (o.m_type == Type::Empty || o.m_type == Type::Blank)
        return o.equals(*this);
    if (isNumber() && o.isNumber()) {
        if (isInt() && o.isInt())
            return m_int == o.m_int;
        return toDouble() == o.toDouble();
    }
    if (m_type != o.m_type)
        return false;
    switch (m_type) {
    case Type::Nil: return true;
    case Type::Bool: return m_bool == o.m_bool;
    case Type::String: return m_string == o.m_string;
    case Type::Range: return m_range.first == o.m_range.first && m_range.last == o.m_range.last;
    case Type::Array: {
        const Array &a = arrayValue(), &b = o.arrayValue();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).equals(b.at(i)))
                return false;
        }
        return true;
    }
    case Type::Object: {
        const Object &a = objectValue(), &b = o.objectValue();
        if (a.size() != b.size())
            return false;
        for (const auto &e : a.entries()) {
            const Value *v = b.find(e.first);
            if (!v || !v->equals(e.second))
                return false;
        }
        return true;
    }
    case Type::Drop: return m_heap == o.m_heap;
    default: return false;
    }
}

Value::Ordering Value::compare(const Value &o) const
{
    if (isNumber() && o.isNumber()) {
        if (isInt() && o.isInt())
            return m_int < o.m_int ? Ordering::Less : m_int > o.m_int ? Ordering::Greater : Ordering::Equal;
        const double a = toDouble(), b = o.toDouble();
        if (std::isnan(a) || std::isnan(b))
            return Ordering::Unordered;
        return a < b ? Ordering::Less : a > b ? Ordering::Greater : Ordering::Equal;
    }
    if (isString() && o.isString()) {
        const int c = m_string.compare(o.m_string);
        return c < 0 ? Ordering::Less : c > 0 ? Ordering::Greater : Ordering::Equal;
    }
    // Ruby: Integer/Float/String respond to <, so a mixed pair of them raises.
    const bool comparableLeft = isNumber() || isString();
    const bool comparableRight = o.isNumber() || o.isString();
    if (comparableLeft && comparableRight)
        return Ordering::Error;
    return Ordering::Unordered;
}

bool Value::contains(const Value &needle) const
{
    if (!needle.isTruthy())
        return false;
    switch (m_type) {
    case Type::String:
        return m_string.contains(needle.toString());
    case Type::Array:
        for (const Value &v : arrayValue()) {
            if (v.equals(needle))
                return true;
        }
        return false;
    case Type::Object:
        return needle.isString() && objectValue().contains(needle.m_string);
    case Type::Range:
        return needle.isNumber() && needle.toDouble() >= double(m_range.first) && needle.toDouble() <= double(m_range.last);
    default:
        return false;
    }
}

QString Value::typeName() const
{
    switch (m_type) {
    case Type::Nil: return QStringLiteral("NilClass");
    case Type::Bool: return m_bool ? QStringLiteral("TrueClass") : QStringLiteral("FalseClass");
    case Type::Int: return QStringLiteral("Integer");
    case Type::Double: return QStringLiteral("Float");
    case Type::String: return QStringLiteral("String");
    case Type::Array: return QStringLiteral("Array");
    case Type::Object: return QStringLiteral("Hash");
    case Type::Range: return QStringLiteral("Range");
    case Type::Empty:
    case Type::Blank: return QStringLiteral("Liquid::Condition::MethodLiteral");
    case Type::Drop: return QStringLiteral("Liquid::Drop");
    }
    return QString();
}

} // namespace Liquid

#include "liquid/jsonreader.h"

Liquid::Value Liquid::Value::fromJsonText(QByteArrayView utf8, QString *errorMessage)
{
    return JsonReader::parse(utf8, errorMessage);
}
