#pragma once

#include "sandbox/endpointtable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Sandbox {

// The recipients of the API-trigger endpoints (/campaigns/trigger/*, /canvas/trigger/*) as
// braze-api-more.md §1.1 describes them: exactly one of external_user_id, user_alias, braze_id
// or email (email with prioritization), per-recipient properties that override the top-level
// ones, send_to_existing_only with attributes, at most 50, identical users kept once.
namespace TriggerRecipients {

constexpr int MaxRecipients = 50;

enum class Kind { Campaign, Canvas };

// The properties key of a kind: "trigger_properties" for campaigns, "context" for Canvases (whose
// older name "canvas_entry_properties" is read too).
QJsonObject properties(const QJsonObject &object, Kind kind);

// Checks recipients, broadcast, audience and properties of a trigger body; empty when valid,
// else the text of Braze's 400.
QString check(const QJsonObject &body, SandboxState &state);

// Resolves the recipients (creating profiles where send_to_existing_only is false, applying
// attributes first), skips unknown ones, keeps the first of identical users and returns
// [{braze_id, external_id, <properties key>}]. Call check() first.
QJsonArray reach(ApiCall &call, Kind kind);

} // namespace TriggerRecipients

} // namespace Sandbox
