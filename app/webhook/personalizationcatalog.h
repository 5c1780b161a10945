#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Webhook {

// What the "insert personalization" menu and the completer offer, as Braze's composer does:
// the standard attribute tags (braze-liquid.md §3.1), device tags, custom attributes and event
// properties by name, and the trigger payloads.
struct PersonalizationTag
{
    enum class Group { Standard, Device, CustomAttribute, EventProperty, CanvasEntry, ApiTrigger, Campaign };
    Group group = Group::Standard;
    QString name;     // "first_name", "zip code"
    QString liquid;   // "{{${first_name}}}", "{{custom_attribute.${zip code}}}"
};

namespace PersonalizationCatalog {

QList<PersonalizationTag> standardTags();
PersonalizationTag customAttribute(const QString &name);
PersonalizationTag eventProperty(const QString &name);
PersonalizationTag canvasEntryProperty(const QString &name);
PersonalizationTag apiTriggerProperty(const QString &name);
// The group's heading in menus (translated).
QString groupTitle(PersonalizationTag::Group group);
// Words the completer offers inside {{ }}: "${first_name}", "custom_attribute.${...}", filters.
QStringList completionWords(const QStringList &customAttributes, const QStringList &eventProperties);

} // namespace PersonalizationCatalog

} // namespace Webhook
