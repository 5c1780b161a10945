#pragma once

#include "sandbox/sandboxstate.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sandbox {

// Finding one profile among several (prioritization) and folding one profile into another:
// the rules /users/identify, /users/merge, /users/delete and the recipients of the trigger
// endpoints share (braze-api.md §11.4, braze-api-more.md §1.1 and §4.1).
namespace ProfileMatching {

// Empty when `value` is a valid prioritization array, else the reason.
QString prioritizationError(const QJsonValue &value);
// Ordered rules narrowing several profiles down to one; none left or still several: nullptr.
SandboxUser *prioritised(QList<SandboxUser *> candidates, const QStringList &rules);
// The one profile an identifier object names: {"external_id"}, {"external_user_id"}, {"braze_id"},
// {"user_alias"}, {"email" + "prioritization"} or {"phone" + "prioritization"}. nullptr when none
// or several match.
SandboxUser *resolve(SandboxState &state, const QJsonObject &identifier);
// Copies to `into` what it lacks of `from` (attributes, custom attributes, contact data, aliases
// with a free label, subscription states), appends histories, keeps the earliest creation, then
// removes `from`.
void mergeInto(SandboxState &state, SandboxUser &from, SandboxUser &into, qint64 nowMs);

} // namespace ProfileMatching

} // namespace Sandbox
