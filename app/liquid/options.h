#pragma once

#include <QtGlobal>

namespace Liquid {

// Shopify's error modes: Lax forgives malformed expressions, Strict rejects them at parse
// time, Warn parses laxly and reports what Strict would have rejected as warnings.
enum class ErrorMode : quint8 { Lax, Warn, Strict };

// The console's own safety limits (Braze documents none, braze-liquid.md §10). Every limit
// stops the render with a clear message instead of hanging or exhausting memory.
struct Limits
{
    qsizetype maxTemplateSize = 1024 * 1024;    // characters of template source
    qsizetype maxOutputSize = 4 * 1024 * 1024;  // characters of any rendered string
    qint64 maxLoopIterations = 200000;          // for/tablerow iterations per render
    qint64 maxRenderSteps = 5000000;            // nodes rendered per render
    int maxIncludeDepth = 25;                   // include/render/content block nesting
    int maxNestingDepth = 100;                  // block and expression nesting at parse time
    // connected_content calls fetched per render: each may wait 2 s for its server, and a loop
    // must not turn one preview into hundreds of requests. Later calls are listed, not fetched.
    int maxConnectedContentCalls = 10;
};

} // namespace Liquid
