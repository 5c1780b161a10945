#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <utility>

namespace Liquid {

class Value;
class Drop;
using Array = QList<Value>;

// An insertion-ordered string-keyed map (JSON object order is kept, as Ruby's Hash does).
// Keys carry their hash (Object::hashKey) so lookups with a hash computed at parse time
// never rehash; objects with many keys get an open-addressing index.
class Object
{
public:
    using Entry = std::pair<QString, Value>;

    static size_t hashKey(QStringView key) { return qHash(key, size_t(0)); }

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<Entry> &entries() const { return m_entries; }
    // Returns nullptr when the key is absent.
    const Value *find(QStringView key) const { return find(key, hashKey(key)); }
    const Value *find(QStringView key, size_t hash) const;
    Value *find(QStringView key, size_t hash) { return const_cast<Value *>(std::as_const(*this).find(key, hash)); }
    bool contains(QStringView key) const { return find(key) != nullptr; }
    // Replaces an existing key in place, otherwise appends.
    void insert(const QString &key, const Value &value) { insert(key, hashKey(key), value); }
    void insert(const QString &key, size_t hash, const Value &value);
    void reserve(qsizetype n) { m_entries.reserve(n); m_hashes.reserve(n); }
    // Empties the object but keeps its storage (render scopes are reused).
    void clear() { m_entries.clear(); m_hashes.clear(); m_slots.clear(); }

private:
    static constexpr qsizetype IndexThreshold = 8;
    void rebuildIndex();
    QList<Entry> m_entries;
    QList<size_t> m_hashes;       // parallel to m_entries
    QList<qint32> m_slots;        // open addressing: entry index or -1; empty when small
};

// A Liquid value: nil, bool, integer (int64), float (double), string, array, object, range,
// the `empty`/`blank` literals, or a drop (an object computed on demand, e.g. forloop).
// Cheap to copy: strings are QStrings and containers are shared, immutable once built.
class Value
{
public:
    enum class Type : quint8 { Nil, Bool, Int, Double, String, Array, Object, Range, Empty, Blank, Drop };

    Value() : m_type(Type::Nil), m_int(0) {}
    Value(bool b) : m_type(Type::Bool), m_bool(b) {}
    Value(int i) : m_type(Type::Int), m_int(i) {}
    Value(qint64 i) : m_type(Type::Int), m_int(i) {}
    Value(double d) : m_type(Type::Double), m_double(d) {}
    Value(const QString &s) : m_type(Type::String), m_int(0), m_string(s) {}
    Value(QString &&s) : m_type(Type::String), m_int(0), m_string(std::move(s)) {}
    Value(const char *) = delete; // say QStringLiteral / QString::fromUtf8 explicitly
    Value(Array a);
    Value(Object o);
    Value(std::shared_ptr<Drop> d);

    static Value range(qint64 first, qint64 last);
    static Value emptyLiteral();
    static Value blankLiteral();

    static Value fromJson(const QJsonValue &json);
    static Value fromVariant(const QVariant &variant);
    // JSON text; a parse failure gives nil.
    static Value fromJsonText(QByteArrayView utf8, QString *errorMessage = nullptr);
    QJsonValue toJson() const;
    QVariant toVariant() const;

    Type type() const { return m_type; }
    bool isNil() const { return m_type == Type::Nil; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInt() const { return m_type == Type::Int; }
    bool isDouble() const { return m_type == Type::Double; }
    bool isNumber() const { return m_type == Type::Int || m_type == Type::Double; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isRange() const { return m_type == Type::Range; }
    bool isDrop() const { return m_type == Type::Drop; }
    bool isEmptyLiteral() const { return m_type == Type::Empty; }
    bool isBlankLiteral() const { return m_type == Type::Blank; }

    // Raw accessors: valid only for the matching type (others give a neutral default).
    bool boolValue() const { return m_type == Type::Bool && m_bool; }
    qint64 intValue() const { return m_type == Type::Int ? m_int : 0; }
    double doubleValue() const { return m_type == Type::Double ? m_double : 0.0; }
    const QString &stringValue() const { return m_string; }
    const Array &arrayValue() const;
    const Object &objectValue() const;
    qint64 rangeFirst() const { return m_range.first; }
    qint64 rangeLast() const { return m_range.last; }
    Drop *drop() const;

    // Liquid truthiness: only nil and false are falsy.
    bool isTruthy() const { return !(m_type == Type::Nil || (m_type == Type::Bool && !m_bool)); }
    // Ruby's empty?/blank? (nil, false, "", whitespace-only string, [] and {} are blank).
    bool isEmpty() const;
    bool isBlank() const;

    // How `{{ x }}` prints: nil/empty/blank -> "", arrays concatenate their items, floats as
    // Ruby prints them (2.0, 1.0e+20), objects as Ruby's Hash#inspect-ish text, ranges "1..3".
    QString toString() const;
    void appendTo(QString &out) const;
    // Number coercion as Liquid's math filters do (Utils.to_number): strings are parsed
    // ("3.5" -> 3.5, "abc" -> 0), nil/bool -> 0. Returns Int or Double.
    Value toNumber() const;
    // Integer coercion (Utils.to_integer). ok=false when the value is not convertible.
    qint64 toInteger(bool *ok = nullptr) const;
    double toDouble() const;
    // Arrays as arrays, ranges expanded, nil -> [], anything else -> [value].
    Array toArray() const;

    // size/first/last and key lookup as `a.b`, `a[0]`, `a["k"]` resolve them.
    Value property(QStringView key) const;
    Value at(qint64 index) const; // negative counts from the end
    Value index(const Value &key) const; // a[key]: ints index arrays, strings look up keys
    qint64 size() const; // Liquid's size: string length, item count, 0 otherwise

    // Liquid's == (1 == 1.0, arrays element-wise, `empty`/`blank` literals test emptiness).
    bool equals(const Value &other) const;
    // Liquid's <, <=, >, >= : ok=false when the two types cannot be compared (Liquid then
    // reports "comparison of X with Y failed"); nil or objects on either side compare false.
    enum class Ordering { Less, Equal, Greater, Unordered, Error };
    Ordering compare(const Value &other) const;
    bool contains(const Value &needle) const;

    // Ruby class names for error messages ("Integer", "String", "Array", "Hash", "NilClass").
    QString typeName() const;

    friend bool operator==(const Value &a, const Value &b) { return a.equals(b); }

private:
    struct Heap;
    struct Bounds { qint64 first, last; }; // a named type: an anonymous struct in a union is an extension
    Type m_type;
    union {
        bool m_bool;
        qint64 m_int;
        double m_double;
        Bounds m_range;
    };
    QString m_string;
    std::shared_ptr<const void> m_heap; // Array, Object or Drop depending on m_type
};

// Ruby's Float#to_s: "2.0", "0.1", "1.0e+20", "1.0e-05", "Infinity", "NaN".
QString formatDouble(double d);

// An object whose properties are computed when read (forloop, tablerowloop, host objects).
class Drop
{
public:
    virtual ~Drop() = default;
    virtual Value property(QStringView key) const = 0;
    virtual QString toString() const { return QString(); }
};

} // namespace Liquid
