#pragma once

#include "sandbox/sandboxstate.h"

#include <QJsonObject>
#include <QString>

namespace Sandbox {

// Finds (or creates) the profile a /users/track object is about, following braze-api.md §7:
// identifiers in the order external_id, user_alias, braze_id, email, phone, and the
// `_update_existing_only` rules of §7.1.
class UserResolver
{
public:
    enum class ObjectKind { Attributes, Event, Purchase };

    static constexpr int MaxExternalIdLength = 511;

    // Empty when the object carries a usable identifier; otherwise the error item text.
    static QString identifierError(const QJsonObject &object);
    // nullptr when the profile does not exist and must not be created (update-only).
    static SandboxUser *resolve(SandboxState &state, const QJsonObject &object, ObjectKind kind, qint64 nowMs,
                                qint64 readyDelayMs);
};

} // namespace Sandbox
