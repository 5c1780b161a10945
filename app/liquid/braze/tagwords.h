#pragma once

#include "liquid/node.h"
#include "liquid/token.h"

#include <QList>

namespace Liquid {
class Parser;
}

namespace Liquid::BrazeTags {

// One word of a Braze tag's markup as written (source offsets): text glued to `{{ }}` and
// `{% %}` pieces, so a Liquid output with spaces inside stays one word (`:body {{ postbody }}`).
struct TagWord
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Splits a tag's markup into words BEFORE any Liquid in it is rendered: Braze reads its option
// lists first, so a substituted value with spaces does not break them (connected_content,
// message_extras). False after parser.fail() when a `{{` or `{%` inside is not closed.
bool splitTagWords(Parser &parser, const Token &tag, QList<TagWord> *words);

// Parses source[begin, end) as Liquid of its own (an option's value), rendered on its own.
bool parseLiquidRange(Parser &parser, qsizetype begin, qsizetype end, BlockBody *body);

} // namespace Liquid::BrazeTags
