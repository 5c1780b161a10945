#pragma once

#include "braze/useridentifier.h"

#include <QJsonObject>
#include <QStringList>

// Reading a step's (already resolved) arguments.
namespace Integrations::StepArgs {

QString text(const QJsonObject &args, const QString &key);
// A number given as number or text; `fallback` when absent or not a number.
double number(const QJsonObject &args, const QString &key, double fallback);
QStringList textList(const QJsonObject &args, const QString &key);
// The user an argument object names: {"external_id": ...}, {"braze_id": ...}, {"email": ...},
// {"phone": ...} or {"alias_name": ..., "alias_label": ...}. A null identifier and a
// translated *problem when none is given or the value is empty.
Braze::UserIdentifier user(const QJsonObject &args, QString *problem, const QString &key = QStringLiteral("user"));

} // namespace Integrations::StepArgs
