#pragma once

#include <QString>

namespace Liquid {

// One `{% message_extras :key K :value V %}` pair Braze attaches to the send event
// (braze-liquid.md §7.6), as the render produced it.
struct MessageExtra
{
    QString key;
    QString value;
};

// One `{% promotion('list') %}` the render passed: Braze takes a real code from the list; the
// preview shows a sample that can never be mistaken for one (§7.5).
struct PromotionCode
{
    QString list;
    QString sample;
};

} // namespace Liquid
