#pragma once

#include "liquid/value.h"

namespace Liquid {

// A small JSON parser straight into Values. Unlike QJsonDocument it keeps object keys in
// document order (Liquid iterates hashes in insertion order) and keeps "2" (integer) apart
// from "2.0" (float). Depth is capped so hostile input cannot exhaust the stack.
class JsonReader
{
public:
    static Value parse(QByteArrayView utf8, QString *errorMessage = nullptr);
    static Value parse(QStringView text, QString *errorMessage = nullptr);

private:
    explicit JsonReader(QStringView text) : m_text(text) {}
    Value parseValue(int depth);
    Value parseString();
    Value parseNumber();
    void skipSpace();
    bool fail(const QString &message);

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace Liquid
