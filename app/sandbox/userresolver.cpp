#include "sandbox/userresolver.h"

#include "sandbox/requestvalidation.h"

namespace Sandbox {

QString UserResolver::identifierError(const QJsonObject &o)
{
    const bool hasExternal = o.contains(QLatin1String("external_id"));
    const bool hasAlias = o.contains(QLatin1String("user_alias"));
    // "email": null removes the address; it cannot identify anybody.
    const bool hasEmail = o.contains(QLatin1String("email")) && !o.value(QLatin1String("email")).isNull();
    const bool hasPhone = o.contains(QLatin1String("phone")) && !o.value(QLatin1String("phone")).isNull();
    if (!hasExternal && !hasAlias && !o.contains(QLatin1String("braze_id")) && !hasEmail && !hasPhone)
        return QStringLiteral("'external_id', 'braze_id', 'user_alias', 'email' or 'phone' is required");
    if (hasExternal && hasAlias)
        return QStringLiteral("'external_id' and 'user_alias' cannot be used in the same object");
    if (hasExternal) {
        const QJsonValue v = o.value(QLatin1String("external_id"));
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > MaxExternalIdLength)
            return QStringLiteral("'external_id' must be a non-empty string of fewer than 512 characters");
    }
    if (hasAlias && !RequestValidation::parseAlias(o.value(QLatin1String("user_alias"))))
        return QStringLiteral("'user_alias' must be an object with the strings 'alias_name' and 'alias_label'");
    if (o.contains(QLatin1String("braze_id")) && !o.value(QLatin1String("braze_id")).isString())
        return QStringLiteral("'braze_id' must be a string");
    if (hasEmail && !RequestValidation::isEmail(o.value(QLatin1String("email")).toString()))
        return QStringLiteral("The value provided for the 'email' field is not a valid email.");
    if (hasPhone && !o.value(QLatin1String("phone")).isString())
        return QStringLiteral("The value provided for the 'phone' field is not valid.");
    if (o.contains(QLatin1String("_update_existing_only")) && !o.value(QLatin1String("_update_existing_only")).isBool())
        return QStringLiteral("'_update_existing_only' must be a boolean");
    return {};
}

SandboxUser *UserResolver::resolve(SandboxState &state, const QJsonObject &o, ObjectKind kind, qint64 nowMs,
                                   qint64 readyDelayMs)
{
    const QJsonValue updateOnlyValue = o.value(QLatin1String("_update_existing_only"));
    const auto updateOnly = [&](bool byDefault) { return updateOnlyValue.isBool() ? updateOnlyValue.toBool() : byDefault; };

    if (o.contains(QLatin1String("external_id"))) {
        const QString id = o.value(QLatin1String("external_id")).toString();
        if (SandboxUser *u = state.byExternalId(id))
            return u;
        if (updateOnly(false))
            return nullptr;
        SandboxUser &created = state.createUser(nowMs, readyDelayMs);
        state.setExternalId(created, id);
        return &created;
    }
    if (o.contains(QLatin1String("user_alias"))) {
        const UserAlias alias = *RequestValidation::parseAlias(o.value(QLatin1String("user_alias")));
        if (SandboxUser *u = state.byAlias(alias))
            return u;
        // Alias-only profiles are created only from attributes with an explicit false.
        if (kind != ObjectKind::Attributes || updateOnly(true))
            return nullptr;
        SandboxUser &created = state.createUser(nowMs, readyDelayMs);
        created.aliases << alias;
        return &created;
    }
    if (o.contains(QLatin1String("braze_id")))
        return state.byBrazeId(o.value(QLatin1String("braze_id")).toString());

    const bool byEmail = o.contains(QLatin1String("email")) && !o.value(QLatin1String("email")).isNull();
    const QString value = o.value(QLatin1String(byEmail ? "email" : "phone")).toString();
    if (SandboxUser *u = SandboxState::preferred(byEmail ? state.byEmail(value) : state.byPhone(value)))
        return u;
    if (updateOnly(false))
        return nullptr;
    SandboxUser &created = state.createUser(nowMs, readyDelayMs);
    (byEmail ? created.email : created.phone) = value;
    return &created;
}

} // namespace Sandbox
