#pragma once

#include <QString>
#include <QStringList>

namespace Sandbox {

// What the sandbox needs to know about Liquid in a Content Block or e-mail template: does it
// parse with the console's own engine, and which Content Blocks does it include.
struct LiquidCheck
{
    bool valid = true;
    QString error;              // the engine's message with line and column, when invalid
    QStringList contentBlocks;  // names used as {{content_blocks.${name}}}

    static LiquidCheck of(const QString &source);
};

} // namespace Sandbox
