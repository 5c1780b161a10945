#pragma once

#include <QDir>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace Liquid {

// Where `{% include %}` / `{% render %}` partials and Braze Content Blocks come from. The
// host decides: an in-memory map (golden suite, webhook builder) or a directory (CLI).
class TemplateSource
{
public:
    virtual ~TemplateSource() = default;
    virtual std::optional<QString> load(const QString &name) const = 0;
    // Why load() found nothing, when the source knows better than "not found" (still being
    // read from a workspace, the API call failed and why); empty otherwise.
    virtual QString whyMissing(const QString &name) const
    {
        Q_UNUSED(name);
        return {};
    }
};

// The first source that holds a name wins: a local folder of Content Blocks overrides the
// workspace's blocks offline (or while one is being edited).
class LayeredTemplateSource : public TemplateSource
{
public:
    LayeredTemplateSource(std::shared_ptr<const TemplateSource> first, std::shared_ptr<const TemplateSource> second)
        : m_first(std::move(first)), m_second(std::move(second)) {}
    std::optional<QString> load(const QString &name) const override;
    QString whyMissing(const QString &name) const override;

private:
    std::shared_ptr<const TemplateSource> m_first;
    std::shared_ptr<const TemplateSource> m_second;
};

class MapTemplateSource : public TemplateSource
{
public:
    MapTemplateSource() = default;
    explicit MapTemplateSource(QHash<QString, QString> templates) : m_templates(std::move(templates)) {}
    void insert(const QString &name, const QString &source) { m_templates.insert(name, source); }
    std::optional<QString> load(const QString &name) const override;

private:
    QHash<QString, QString> m_templates;
};

// name -> DIR/name.liquid (or DIR/name when it already has an extension). Names that would
// leave the directory ("../x", absolute paths) are refused.
class DirectoryTemplateSource : public TemplateSource
{
public:
    explicit DirectoryTemplateSource(const QString &directory) : m_dir(directory) {}
    std::optional<QString> load(const QString &name) const override;

private:
    QDir m_dir;
};

} // namespace Liquid
