#pragma once

#include "liquid/diagnostic.h"
#include "liquid/node.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace Liquid {

class FilterRegistry;

// What a template references, found without rendering (static introspection).
struct TemplateAnalysis
{
    QStringList variables;        // every variable path as written: "product.tags", "custom_attribute.${zip code}"
    QStringList globalVariables;  // those whose root is not assigned, captured or a loop variable
    QStringList brazeAttributes;  // "${first_name}", "custom_attribute.${zip code}", "event_properties.${x}"
    QStringList filters;          // filter names used
    QStringList tags;             // tag names used
    QStringList partials;         // include/render names given as string literals
    QStringList contentBlocks;    // content_blocks.${name}
    QList<Diagnostic> warnings;   // e.g. two attributes in one output (braze-liquid.md §2.2)
};

// A parsed template: the tree of nodes plus what is needed to report errors.
class Template
{
public:
    Template(QString name, QString source);

    const QString &name() const { return m_name; }
    const QString &source() const { return m_source; }
    // Built on first use (a diagnostic), not on every parse.
    const LineIndex &lines() const;
    const BlockBody &root() const { return m_root; }
    BlockBody &root() { return m_root; }
    const TemplateAnalysis &analysis() const { return m_analysis; }
    TemplateAnalysis &analysis() { return m_analysis; }
    // The size of the last output, so the next render reserves its buffer once.
    qsizetype outputSizeHint() const { return m_outputHint.load(std::memory_order_relaxed); }
    // Text the template's expressions view that its source does not hold; the view stays valid
    // as long as the template.
    QStringView keepText(const QString &text)
    {
        m_keptTexts.append(text);
        return m_keptTexts.last();
    }
    // The filter registry the template's FilterSpec pointers point into.
    void keepFilters(std::shared_ptr<const FilterRegistry> filters) { m_filters = std::move(filters); }
    void setOutputSizeHint(qsizetype size) const { m_outputHint.store(size + size / 8 + 16, std::memory_order_relaxed); }

private:
    QString m_name;
    QString m_source;
    mutable std::once_flag m_linesBuilt;
    mutable std::optional<LineIndex> m_lines;
    BlockBody m_root;
    TemplateAnalysis m_analysis;
    std::shared_ptr<const FilterRegistry> m_filters;
    QStringList m_keptTexts;
    mutable std::atomic<qsizetype> m_outputHint;
};

using TemplatePtr = std::shared_ptr<const Template>;

} // namespace Liquid
