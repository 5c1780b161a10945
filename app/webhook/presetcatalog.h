#pragma once

#include "webhook/webhooktemplate.h"

#include <QList>
#include <optional>

namespace Webhook::PresetCatalog {

// The built-in templates (resources/presets/*.json, embedded as :/presets/...). A preset is
// never edited: instantiate() returns a copy with a new id for the library.
QList<WebhookTemplate> all();
std::optional<WebhookTemplate> byId(const QString &presetId);
std::optional<WebhookTemplate> instantiate(const QString &presetId);

} // namespace Webhook::PresetCatalog
