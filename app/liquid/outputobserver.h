#pragma once

#include <QStringView>

namespace Liquid {

class Template;

// Told about every `{{ output }}` of one template as a render produces it, so a host can count
// how outputs behave across many renders (the webhook audience preview: how often a value was
// empty or fell back to its `default:`). Only the observed template's own outputs are reported,
// not those of partials or content blocks it includes.
class OutputObserver
{
public:
    virtual ~OutputObserver() = default;
    // offset: where the output starts in the template's source; text: what it rendered;
    // fellBackToDefault: a `default` filter in it replaced a nil, false or empty value.
    virtual void outputRendered(qsizetype offset, QStringView text, bool fellBackToDefault) = 0;
};

} // namespace Liquid
