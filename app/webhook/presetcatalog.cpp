#include "webhook/presetcatalog.h"

#include "webhook/templatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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

std::optional<WebhookTemplate> instantiate(const QString &presetId, const SettingLookup &settings)
{
    std::optional<WebhookTemplate> copy = byId(presetId);
    if (!copy)
        return copy;
    copy->id = WebhookTemplate::newId();
    if (!settings)
        return copy;
    QFile file(QStringLiteral(":/presets/%1.json").arg(presetId));
    if (!file.open(QIODevice::ReadOnly))
        return copy;
    const QJsonObject fromSettings = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("from_settings")).toObject();
    for (auto it = fromSettings.constBegin(); it != fromSettings.constEnd(); ++it) {
        const QString setting = it.value().toString();
        const QString value = settings(setting.section(QLatin1Char('/'), 0, 0), setting.section(QLatin1Char('/'), 1));
        if (value.isEmpty())
            continue;
        for (QList<KeyValueRow> *rows : {&copy->headers, &copy->pairs}) {
            for (KeyValueRow &row : *rows) {
                if (row.key == it.key())
                    row.value = value;
            }
        }
    }
    return copy;
}

} // namespace Webhook::PresetCatalog
