#pragma once

#include "sandbox/sandboxstate.h"

#include <QJsonObject>
#include <QString>

namespace Sandbox {

// Validates and applies one user attributes object (braze-api.md §8): standard fields, custom
// attributes of every type and the update operators (inc, add, remove, nested objects with
// _merge_objects, null to remove). Identifier keys are left to the caller.
class AttributeApplier
{
public:
    static constexpr int MaxStringLength = 255;
    static constexpr int MaxArrayLength = 25;

    explicit AttributeApplier(SandboxState &state) : m_state(state) {}

    // Empty when the object can be applied; otherwise the error text for the `errors` item.
    QString validate(const QJsonObject &attributes) const;
    void apply(SandboxUser &user, const QJsonObject &attributes, qint64 nowMs);

    static bool isIdentifierKey(const QString &key);

private:
    QString validateStandard(const QString &key, const QJsonValue &value) const;
    void applyCustom(SandboxUser &user, const QString &key, const QJsonValue &value, bool mergeObjects);
    void applySubscriptionGroups(SandboxUser &user, const QJsonArray &groups, qint64 nowMs);

    SandboxState &m_state;
};

} // namespace Sandbox
