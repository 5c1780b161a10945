#pragma once

#include <QList>
#include <QString>

namespace Liquid {

// One problem found while parsing or rendering: where (template name, 1-based line and
// column) and what, in plain words. format() gives "name:3:17: message"; withCaret() adds
// the source line and a caret under the fault for terminals and the editor's tooltip.
struct Diagnostic
{
    enum class Kind : quint8 { Syntax, Render, Limit, Warning };

    Kind kind = Kind::Syntax;
    QString templateName;
    int line = 0;
    int column = 0;
    QString message;

    bool isValid() const { return !message.isEmpty(); }
    QString format() const;
    QString withCaret(const QString &source) const;
};

// Turns source offsets into line:column (1-based, columns counted in UTF-16 units).
class LineIndex
{
public:
    explicit LineIndex(QStringView source);
    void locate(qsizetype offset, int *line, int *column) const;

private:
    QList<qsizetype> m_lineStarts;
};

} // namespace Liquid
