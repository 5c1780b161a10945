#include "liquid/templatesource.h"

#include <QFile>
#include <QFileInfo>

namespace Liquid {

std::optional<QString> MapTemplateSource::load(const QString &name) const
{
    const auto it = m_templates.constFind(name);
    if (it == m_templates.cend())
        return std::nullopt;
    return it.value();
}

std::optional<QString> LayeredTemplateSource::load(const QString &name) const
{
    if (std::optional<QString> text = m_first ? m_first->load(name) : std::nullopt)
        return text;
    return m_second ? m_second->load(name) : std::nullopt;
}

QString LayeredTemplateSource::whyMissing(const QString &name) const
{
    return m_second ? m_second->whyMissing(name) : QString();
}

std::optional<QString> DirectoryTemplateSource::load(const QString &name) const
{
    if (name.isEmpty() || name.contains(QLatin1String("..")) || QDir::isAbsolutePath(name) || name.contains(QLatin1Char('\\')))
        return std::nullopt;
    const QStringList candidates = QFileInfo(name).suffix().isEmpty()
        ? QStringList{name + QStringLiteral(".liquid"), name}
        : QStringList{name, name + QStringLiteral(".liquid")};
    for (const QString &candidate : candidates) {
        QFile file(m_dir.filePath(candidate));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return std::nullopt;
}

} // namespace Liquid
