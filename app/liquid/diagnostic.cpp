#include "liquid/diagnostic.h"

#include <algorithm>

namespace Liquid {

QString Diagnostic::format() const
{
    QString where = templateName;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString Diagnostic::withCaret(const QString &source) const
{
    QString out = format();
    if (line <= 0)
        return out;
    const QList<QStringView> lines = QStringView(source).split(QLatin1Char('\n'));
    if (line > lines.size())
        return out;
    QString text = lines.at(line - 1).toString();
    text.remove(QLatin1Char('\r'));
    if (text.size() > 200)
        text = text.left(200);
    out += QLatin1Char('\n') + text + QLatin1Char('\n');
    out += QString(qMax(0, qMin(column - 1, int(text.size()))), QLatin1Char(' ')) + QLatin1Char('^');
    return out;
}

LineIndex::LineIndex(QStringView source)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (source[i] == QLatin1Char('\n'))
            m_lineStarts.append(i + 1);
    }
}

void LineIndex::locate(qsizetype offset, int *line, int *column) const
{
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype index = std::max<qsizetype>(0, (it - m_lineStarts.cbegin()) - 1);
    *line = int(index + 1);
    *column = int(offset - m_lineStarts.at(index) + 1);
}

} // namespace Liquid
