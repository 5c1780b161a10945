#include "webhook/presetcatalog.h"

#include "webhook/templatefile.h"

#include <QDir>

namespace Webhook::PresetCatalog {

QList<WebhookTemplate> all()
{
    QList<WebhookTemplate> presets;
    const QDir dir(QStringLiteral(":/presets"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        WebhookTemplate preset;
        if (TemplateFile::read(dir.filePath(name), &preset, nullptr)) {
            preset.id.clear();
            preset.presetId = QFileInfo(name).completeBaseName();
            presets.append(preset);
        }
    }
    return presets;
}

std::optional<WebhookTemplate> byId(const QString &presetId)
{
    for (const WebhookTemplate &preset : all()) {
        if (preset.presetId == presetId)
            return preset;
    }
    return std::nullopt;
}

std::optional<WebhookTemplate> instantiate(const QString &presetId)
{
    std::optional<WebhookTemplate> copy = byId(presetId);
    if (copy)
        copy->id = WebhookTemplate::newId();
    return copy;
}

} // namespace Webhook::PresetCatalog
