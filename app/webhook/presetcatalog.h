#pragma once

#include "webhook/webhooktemplate.h"

#include <QList>
#include <functional>
#include <optional>

namespace Webhook::PresetCatalog {

// The built-in templates (resources/presets/*.json, embedded as :/presets/...). A preset is
// never edited: instantiate() returns a copy with a new id for the library.
QList<WebhookTemplate> all();
std::optional<WebhookTemplate> byId(const QString &presetId);
// A partner setting's saved value ("quikly", "q_scope"), or empty when none is saved.
using SettingLookup = std::function<QString(const QString &partnerId, const QString &fieldId)>;
// A preset names the partner settings its values come from ("from_settings": {"q_scope":
// "quikly/q_scope"}): the copy takes each saved value, and keeps the preset's example where none is.
std::optional<WebhookTemplate> instantiate(const QString &presetId, const SettingLookup &settings = {});

} // namespace Webhook::PresetCatalog
