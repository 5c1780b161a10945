#include "sandbox/liquidcheck.h"

#include "liquid/environment.h"

namespace Sandbox {

LiquidCheck LiquidCheck::of(const QString &source)
{
    // Parsing only: nothing is rendered, so no partials, blocks or connected content are read.
    static const Liquid::Environment environment;
    LiquidCheck check;
    Liquid::Diagnostic error;
    const Liquid::TemplatePtr parsed = environment.parse(source, QStringLiteral("content"), &error);
    if (!parsed) {
        check.valid = false;
        check.error = error.message;
        return check;
    }
    check.contentBlocks = parsed->analysis().contentBlocks;
    return check;
}

} // namespace Sandbox
