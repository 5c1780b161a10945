#include "sandbox/statefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
constexpr const char *FormatTag = "braze-console-sandbox-state";
constexpr int FormatVersion = 1;
}

bool StateFile::save(const QString &path, const SandboxState &state, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("StateFile", "Cannot write the sandbox state file %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonObject root = state.toJson();
    root.insert(QStringLiteral("format"), QLatin1String(FormatTag));
    root.insert(QStringLiteral("version"), FormatVersion);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QCoreApplication::translate("StateFile", "Cannot write the sandbox state file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<SandboxState> StateFile::load(const QString &path, QString *error)
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
    return SandboxState::fromJson(doc.object());
}
