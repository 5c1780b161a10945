#pragma once

#include "liquid/value.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Webhook {

// The user a template is previewed (or tested) as: one user object as /users/export/ids returns
// it, plus what the triggering context would carry (braze-liquid.md §3.2). The same mapping
// serves the console's preview and braze-cli, so both render identically.
struct PreviewUser
{
    QJsonObject profile;                 // export shape: external_id, email, custom_attributes, ...
    QJsonObject eventProperties;
    QJsonObject canvasEntryProperties;
    QJsonObject apiTriggerProperties;
    QString origin;                      // "custom user", "external_id u1", "random user" (for the UI)

    // Reads a user file: one exported user object with optional "event_properties",
    // "canvas_entry_properties" and "api_trigger_properties"; a whole export response
    // ({"users": [...]}) is accepted too and its first user used.
    static bool fromJson(const QJsonObject &object, PreviewUser *user, QString *error);
    QJsonObject toJson() const;

    // The Liquid variables Braze offers for this user: ${first_name}, ${email_address},
    // custom_attribute, event_properties, most_recently_used_device, ...
    Liquid::Value toLiquidData() const;

    QStringList customAttributeNames() const;
    QStringList eventPropertyNames() const;
    QString displayName() const;
};

} // namespace Webhook
