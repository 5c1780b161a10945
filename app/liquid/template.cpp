#include "liquid/template.h"

namespace Liquid {

Template::Template(QString name, QString source)
    : m_name(std::move(name)), m_source(std::move(source)), m_lines(m_source), m_outputHint(m_source.size() * 2 + 64)
{
}

} // namespace Liquid
