#pragma once

#include "liquid/value.h"

namespace Liquid {

// `forloop` inside {% for %} (and {% render ... for %}): index, rindex, first, last, length,
// name and parentloop. Mutated by its loop as it advances.
class ForloopDrop : public Drop
{
public:
    ForloopDrop(QString name, qint64 length, Value parent)
        : m_name(std::move(name)), m_length(length), m_parent(std::move(parent)) {}
    Value property(QStringView key) const override;
    void setIndex0(qint64 index) { m_index0 = index; }

private:
    QString m_name;
    qint64 m_length;
    qint64 m_index0 = 0;
    Value m_parent; // the enclosing loop's forloop, nil at the outermost loop
};

// `tablerowloop` inside {% tablerow %}: forloop's properties plus col/row information.
class TablerowloopDrop : public Drop
{
public:
    TablerowloopDrop(qint64 length, qint64 cols) : m_length(length), m_cols(cols > 0 ? cols : 1) {}
    Value property(QStringView key) const override;
    void setIndex0(qint64 index) { m_index0 = index; }
    qint64 col() const { return m_index0 % m_cols + 1; }
    qint64 row() const { return m_index0 / m_cols + 1; }
    bool colLast() const { return col() == m_cols; }
    bool last() const { return m_index0 == m_length - 1; }

private:
    qint64 m_length;
    qint64 m_cols;
    qint64 m_index0 = 0;
};

} // namespace Liquid
