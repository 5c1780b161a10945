#include "webhook/presetcatalog.h"

#include "webhook/templatefile.h"

#include <QCoreApplication>
#include <QDir>

namespace Webhook::PresetCatalog {

namespace {

// The presets' names as the files spell them, so lupdate offers them for translation; a preset
// shows its name in the user's language.
[[maybe_unused]] constexpr const char *PresetNames[] = {
    QT_TRANSLATE_NOOP("Webhook::PresetCatalog", "Braze to Braze: count a webhook send on the profile"),
    QT_TRANSLATE_NOOP("Webhook::PresetCatalog", "Quikly: reward a customer journey event"),
};

} // namespace

QList<WebhookTemplate> all()
{
    QList<WebhookTemplate> presets;
    const QDir dir(QStringLiteral(":/presets"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        WebhookTemplate preset;
        if (TemplateFile::read(dir.filePath(name), &preset, nullptr)) {
            preset.id.clear();
            preset.presetId = QFileInfo(name).completeBaseName();
            preset.name = QCoreApplication::translate("Webhook::PresetCatalog", preset.name.toUtf8().constData());
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
