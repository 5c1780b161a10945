#include "sandbox/statefile.h"

#include "files/atomicfilewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace Sandbox {

namespace {
constexpr const char *FormatTag = "braze-console-sandbox-state";
constexpr int FormatVersion = 1;
constexpr const char *ConfigKey = "sandbox_config";
}

bool StateFile::save(const QString &path, const SandboxState &state, const SandboxConfig &config, QString *error)
{
    QJsonObject root = state.toJson();
    root.insert(QLatin1String(ConfigKey), config.toJson());
    root.insert(QStringLiteral("format"), QLatin1String(FormatTag));
    root.insert(QStringLiteral("version"), FormatVersion);
    *error = AtomicFileWriter::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
    return error->isEmpty();
}

std::optional<SandboxState> StateFile::load(const QString &path, QString *error, QJsonObject *config)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("StateFile", "Cannot read the sandbox state file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(QLatin1String("format")).toString() != QLatin1String(FormatTag)) {
        *error = QCoreApplication::translate("StateFile", "The file %1 is not a sandbox state file (%2). Choose another file or delete it.")
                     .arg(path, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                              : QStringLiteral("format tag missing"));
        return std::nullopt;
    }
    if (config)
        *config = doc.object().value(QLatin1String(ConfigKey)).toObject();
    return SandboxState::fromJson(doc.object());
}

} // namespace Sandbox
