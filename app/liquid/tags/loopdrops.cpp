#include "liquid/tags/loopdrops.h"

namespace Liquid {

Value ForloopDrop::property(QStringView key) const
{
    if (key == QLatin1String("index"))
        return Value(m_index0 + 1);
    if (key == QLatin1String("index0"))
        return Value(m_index0);
    if (key == QLatin1String("rindex"))
        return Value(m_length - m_index0);
    if (key == QLatin1String("rindex0"))
        return Value(m_length - m_index0 - 1);
    if (key == QLatin1String("first"))
        return Value(m_index0 == 0);
    if (key == QLatin1String("last"))
        return Value(m_index0 == m_length - 1);
    if (key == QLatin1String("length"))
        return Value(m_length);
    if (key == QLatin1String("name"))
        return Value(m_name);
    if (key == QLatin1String("parentloop"))
        return m_parent;
    return Value();
}

Value TablerowloopDrop::property(QStringView key) const
{
    if (key == QLatin1String("col"))
        return Value(col());
    if (key == QLatin1String("col0"))
        return Value(col() - 1);
    if (key == QLatin1String("col_first"))
        return Value(col() == 1);
    if (key == QLatin1String("col_last"))
        return Value(colLast());
    if (key == QLatin1String("row"))
        return Value(row());
    if (key == QLatin1String("index"))
        return Value(m_index0 + 1);
    if (key == QLatin1String("index0"))
        return Value(m_index0);
    if (key == QLatin1String("rindex"))
        return Value(m_length - m_index0);
    if (key == QLatin1String("rindex0"))
        return Value(m_length - m_index0 - 1);
    if (key == QLatin1String("first"))
        return Value(m_index0 == 0);
    if (key == QLatin1String("last"))
        return Value(last());
    if (key == QLatin1String("length"))
        return Value(m_length);
    return Value();
}

} // namespace Liquid
