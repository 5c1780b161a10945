#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace Webhook {

// A template names a partner secret with a placeholder, e.g. "Bearer [[secret:quikly/authorization]]".
// The value itself lives in the keychain (SecretStore name "partner/<workspace id>/<name>") or, for
// braze-cli, in an environment variable (BRAZE_SECRET_QUIKLY_AUTHORIZATION). The placeholder is not
// Liquid, so the value never passes through the engine and never lands in a template file.
namespace SecretReference {

QString placeholder(const QString &name);
// The names referenced in a text, in order of first use, without duplicates.
QStringList namesIn(const QString &text);
// Replaces every placeholder with what `replacement(name)` returns.
QString replace(const QString &text, const std::function<QString(const QString &)> &replacement);
bool isValidName(const QString &name);

QString keychainName(const QString &workspaceId, const QString &name);
QString environmentVariable(const QString &name);
// What the preview shows instead of the value.
QString mask();

} // namespace SecretReference

// The values available for one send, by placeholder name.
using SecretValues = QHash<QString, QString>;

} // namespace Webhook
