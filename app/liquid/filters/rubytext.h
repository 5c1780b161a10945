#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Liquid {

// Ruby String behaviour the filters rely on. Ruby counts characters (code points) where
// QString counts UTF-16 units; the helpers below count code points so `size`, `slice` and
// `truncate` agree with Ruby on emoji and other characters outside the BMP.

// Ruby's whitespace for strip/lstrip/rstrip: NUL, \t, \n, \v, \f, \r and space (not Unicode spaces).
bool isRubySpace(QChar c);
QStringView rubyStrip(QStringView s);
QStringView rubyLStrip(QStringView s);
QStringView rubyRStrip(QStringView s);

// /\A-?\d+\.\d+\z/ (Liquid's test for "this string is a decimal number").
bool isRubyDecimalText(QStringView s);
// String#to_i: leading whitespace, sign, digits with single underscores; stops at anything else.
qint64 rubyStringToI(QStringView s, bool *overflow = nullptr);
// Kernel#Integer(string): the whole string must be an integer ("0x1A", "0b11", "0o17", "017",
// "1_000", surrounding whitespace allowed).
std::optional<qint64> rubyStrictInteger(QStringView s);

// Code point helpers (fast paths when the string has no surrogate pairs).
qsizetype codePointCount(QStringView s);
// Ruby's str.slice(start, length) on code points; nullopt where Ruby returns nil.
std::optional<QString> codePointSlice(const QString &s, qint64 start, qint64 length);

// String#split(pattern) with a string pattern: " " splits on whitespace runs (awk style), ""
// splits into characters, trailing empty fields are dropped. `limit` > 0 caps the field count
// (the last field keeps the rest of the string), as split(" ", n) does.
QList<QString> rubySplit(const QString &s, const QString &pattern, qsizetype limit = 0);

// String#casecmp: compares after folding ASCII letters only.
int rubyCaseCompare(QStringView a, QStringView b);
// String#capitalize: first character upper case, the rest lower case.
QString rubyCapitalize(const QString &s);

} // namespace Liquid
