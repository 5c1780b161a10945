#pragma once

#include "liquid/value.h"

#include <QString>

namespace Webhook::AttributePath {

// Whether the user data has a value for an attribute as the engine's introspection writes it:
// "${first_name}", "custom_attribute.${zip code}", "event_properties.${r_details}",
// "custom_attribute.${address.city}". nil and "" count as missing (Braze renders nothing).
bool isPresent(const Liquid::Value &data, const QString &attribute);

} // namespace Webhook::AttributePath
