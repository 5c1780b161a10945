#pragma once

#include "sandbox/sandboxuser.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace Sandbox {

// One profile as Braze's user exports write it (braze-api.md §11.2): /users/export/ids answers
// with these objects, segment and global control group exports write one per line.
namespace UserExportFields {

// The names fields_to_export may list.
const QStringList &exportableFields();
// Reads `fields_to_export` of an export body into `fields`; empty when valid, else Braze's 400 text.
QString parse(const QJsonObject &body, bool required, QSet<QString> *fields);
// The profile with only `fields` (all when empty); empty values are left out.
QJsonObject exportUser(const SandboxUser &user, const QSet<QString> &fields);

} // namespace UserExportFields

} // namespace Sandbox
