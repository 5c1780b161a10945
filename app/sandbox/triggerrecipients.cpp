#include "sandbox/triggerrecipients.h"

#include "sandbox/attributeapplier.h"
#include "sandbox/profilematching.h"
#include "sandbox/requestvalidation.h"

namespace Sandbox {

namespace TriggerRecipients {

namespace {

const char *propertiesKey(Kind kind)
{
    return kind == Kind::Campaign ? "trigger_properties" : "context";
}

QString checkOne(const QJsonValue &value)
{
    const QJsonObject r = value.toObject();
    int identifiers = 0;
    for (const char *key : {"external_user_id", "user_alias", "braze_id", "email"})
        identifiers += int(r.contains(QLatin1String(key)));
    if (!value.isObject() || identifiers != 1)
        return QStringLiteral("Bad Request: each recipient needs exactly one of 'external_user_id', 'user_alias', 'braze_id' or 'email'.");
    for (const char *key : {"external_user_id", "braze_id", "email"}) {
        if (r.contains(QLatin1String(key)) && !r.value(QLatin1String(key)).isString())
            return QStringLiteral("Bad Request: '%1' must be a string.").arg(QLatin1String(key));
    }
    if (r.contains(QLatin1String("user_alias")) && !RequestValidation::parseAlias(r.value(QLatin1String("user_alias"))))
        return QStringLiteral("Bad Request: 'user_alias' needs 'alias_name' and 'alias_label'.");
    if (r.contains(QLatin1String("email"))) {
        if (!r.contains(QLatin1String("prioritization")))
            return QStringLiteral("Bad Request: 'prioritization' is required when 'email' identifies a recipient.");
        const QString error = ProfileMatching::prioritizationError(r.value(QLatin1String("prioritization")));
        if (!error.isEmpty())
            return QStringLiteral("Bad Request: ") + error;
    }
    for (const char *key : {"trigger_properties", "context", "canvas_entry_properties"}) {
        if (r.contains(QLatin1String(key)) && !r.value(QLatin1String(key)).isObject())
            return QStringLiteral("Bad Request: '%1' must be an object.").arg(QLatin1String(key));
    }
    const bool existingOnly = r.value(QLatin1String("send_to_existing_only")).toBool(true);
    if (!existingOnly && r.contains(QLatin1String("user_alias")))
        return QStringLiteral("Bad Request: 'send_to_existing_only' false cannot be used with 'user_alias'.");
    if (!existingOnly && !r.value(QLatin1String("attributes")).isObject())
        return QStringLiteral("Bad Request: 'send_to_existing_only' false requires 'attributes'.");
    if (r.contains(QLatin1String("attributes")) && !r.value(QLatin1String("attributes")).isObject())
        return QStringLiteral("Bad Request: 'attributes' must be an object.");
    return {};
}

} // namespace

QJsonObject properties(const QJsonObject &object, Kind kind)
{
    if (kind == Kind::Campaign)
        return object.value(QLatin1String("trigger_properties")).toObject();
    QJsonObject merged = object.value(QLatin1String("canvas_entry_properties")).toObject();
    const QJsonObject context = object.value(QLatin1String("context")).toObject();
    for (auto it = context.begin(); it != context.end(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

QString check(const QJsonObject &body, SandboxState &state)
{
    for (const char *key : {"trigger_properties", "context", "canvas_entry_properties"}) {
        if (body.contains(QLatin1String(key)) && !body.value(QLatin1String(key)).isObject())
            return QStringLiteral("Bad Request: '%1' must be an object.").arg(QLatin1String(key));
    }
    const QJsonValue list = body.value(QLatin1String("recipients"));
    if (!list.isUndefined() && !list.isArray())
        return QStringLiteral("Bad Request: 'recipients' must be an array.");
    const QJsonArray recipients = list.toArray();
    const bool broadcast = body.value(QLatin1String("broadcast")).toBool();
    if (recipients.size() > MaxRecipients)
        return QStringLiteral("The max number of external_ids and aliases per request was exceeded");
    if (broadcast && !recipients.isEmpty())
        return QStringLiteral("Bad Request: 'broadcast' cannot be combined with 'recipients'.");
    if (broadcast && body.contains(QLatin1String("attachments")))
        return QStringLiteral("Bad Request: 'attachments' cannot be used with 'broadcast'.");
    if (!broadcast && recipients.isEmpty() && !body.value(QLatin1String("audience")).isObject())
        return QStringLiteral("No Recipients");
    AttributeApplier applier(state);
    for (const auto &r : recipients) {
        QString error = checkOne(r);
        if (error.isEmpty())
            error = applier.validate(r.toObject().value(QLatin1String("attributes")).toObject());
        if (!error.isEmpty())
            return error.startsWith(QLatin1String("Bad Request")) ? error : QStringLiteral("Bad Request: ") + error;
    }
    return {};
}

QJsonArray reach(ApiCall &call, Kind kind)
{
    AttributeApplier applier(call.state);
    const QJsonObject common = properties(call.body, kind);
    QJsonArray reached;
    QStringList seen;
    for (const auto &value : call.body.value(QLatin1String("recipients")).toArray()) {
        const QJsonObject r = value.toObject();
        SandboxUser *user = ProfileMatching::resolve(call.state, r);
        if (!user && r.contains(QLatin1String("external_user_id")) && !r.value(QLatin1String("send_to_existing_only")).toBool(true)) {
            user = &call.state.createUser(call.nowMs, call.config.profileReadyDelayMs);
            call.state.setExternalId(*user, r.value(QLatin1String("external_user_id")).toString());
            call.stateChanged = true;
        }
        // Unknown recipients are skipped (the call still succeeds); an identical user listed
        // again is dropped, keeping the first copy's properties.
        if (!user || seen.contains(user->brazeId))
            continue;
        seen << user->brazeId;
        if (r.contains(QLatin1String("attributes"))) {
            applier.apply(*user, r.value(QLatin1String("attributes")).toObject(), call.nowMs);
            call.stateChanged = true;
        }
        QJsonObject merged = common;
        const QJsonObject own = properties(r, kind);
        for (auto it = own.begin(); it != own.end(); ++it)
            merged.insert(it.key(), it.value());    // per-recipient keys win
        reached.append(QJsonObject{{QStringLiteral("braze_id"), user->brazeId}, {QStringLiteral("external_id"), user->externalId},
                                   {QLatin1String(propertiesKey(kind)), merged}});
    }
    return reached;
}

} // namespace TriggerRecipients

} // namespace Sandbox
