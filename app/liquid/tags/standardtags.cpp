#include "liquid/tags/tags.h"

namespace Liquid {

// Every standard Liquid 5 tag, registered in this one place (Braze's in braze/brazetags.cpp).
void registerStandardTags(TagRegistry &r)
{
    using namespace Tags;
    r.add(QStringLiteral("assign"), &parseAssign);
    r.add(QStringLiteral("capture"), &parseCapture);
    r.add(QStringLiteral("if"), &parseIf);
    r.add(QStringLiteral("unless"), &parseUnless);
    r.add(QStringLiteral("case"), &parseCase);
    r.add(QStringLiteral("comment"), &parseComment);
    r.add(QStringLiteral("#"), &parseInlineComment);
    r.add(QStringLiteral("doc"), &parseDoc);
    r.add(QStringLiteral("raw"), &parseRaw);
    r.add(QStringLiteral("cycle"), &parseCycle);
    r.add(QStringLiteral("increment"), &parseIncrement);
    r.add(QStringLiteral("decrement"), &parseDecrement);
    r.add(QStringLiteral("echo"), &parseEcho);
    r.add(QStringLiteral("ifchanged"), &parseIfchanged);
    r.add(QStringLiteral("for"), &parseFor);
    r.add(QStringLiteral("break"), &parseBreak);
    r.add(QStringLiteral("continue"), &parseContinue);
    r.add(QStringLiteral("tablerow"), &parseTablerow);
    r.add(QStringLiteral("include"), &parseInclude);
    r.add(QStringLiteral("render"), &parseRender);
    r.add(QStringLiteral("liquid"), &parseLiquid);
}

namespace Tags {

bool isValidTargetName(QStringView name)
{
    if (name.isEmpty() || name.front() == QLatin1Char('-'))
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')))
            return false;
    }
    return true;
}

} // namespace Tags
} // namespace Liquid
