#include "liquid/template.h"

namespace Liquid {

Template::Template(QString name, QString source)
    : m_name(std::move(name)), m_source(std::move(source)), m_outputHint(m_source.size() * 2 + 64)
{
}

const LineIndex &Template::lines() const
{
    std::call_once(m_linesBuilt, [this] { m_lines.emplace(m_source); });
    return *m_lines;
}

} // namespace Liquid
