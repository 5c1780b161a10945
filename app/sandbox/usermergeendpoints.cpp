// POST /users/merge, /users/alias/update, /users/external_ids/rename, /users/external_ids/remove
// (braze-api-more.md §4.1-§4.4). Merge and alias update share the 20,000 per minute identity
// bucket; the external id migration has its own 1,000 per minute.
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/profilematching.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

constexpr int MaxItems = 50;

SandboxReply bad(const QString &text)
{
    return SandboxReply::message(400, text);
}

// One side of a merge: exactly one of external_id (string), user_alias (object), email or phone
// (strings, with a valid prioritization).
bool validIdentifier(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    int kinds = 0;
    for (const char *key : {"external_id", "user_alias", "email", "phone"})
        kinds += int(o.contains(QLatin1String(key)));
    if (!value.isObject() || kinds != 1)
        return false;
    if (o.contains(QLatin1String("user_alias")))
        return RequestValidation::parseAlias(o.value(QLatin1String("user_alias"))).has_value();
    if (o.contains(QLatin1String("external_id")))
        return o.value(QLatin1String("external_id")).isString();
    const char *key = o.contains(QLatin1String("email")) ? "email" : "phone";
    return o.value(QLatin1String(key)).isString() && ProfileMatching::prioritizationError(o.value(QLatin1String("prioritization"))).isEmpty();
}

SandboxReply merge(ApiCall &call)
{
    const QJsonValue list = call.body.value(QLatin1String("merge_updates"));
    const bool objects = list.isArray() && std::all_of(list.toArray().begin(), list.toArray().end(),
                                                       [](const QJsonValue &v) { return v.isObject(); });
    if (!objects || list.toArray().isEmpty())
        return bad(QStringLiteral("'merge_updates' must be an array of objects"));
    if (list.toArray().size() > MaxItems)
        return bad(QStringLiteral("a single request may not contain more than 50 merge updates"));
    for (const auto &v : list.toArray()) {
        const QJsonObject update = v.toObject();
        for (auto it = update.begin(); it != update.end(); ++it) {
            if (it.key() != QLatin1String("identifier_to_merge") && it.key() != QLatin1String("identifier_to_keep"))
                return bad(QStringLiteral("'merge_updates' must only have 'identifier_to_merge' and 'identifier_to_keep'"));
        }
        if (!validIdentifier(update.value(QLatin1String("identifier_to_merge"))) || !validIdentifier(update.value(QLatin1String("identifier_to_keep"))))
            return bad(QStringLiteral("identifiers must be objects with an 'external_id' property that is a string, 'user_alias' property "
                                      "that is an object, 'email' property that is a string, or 'phone' property that is a string"));
    }
    // Unknown identifiers, several matches or the same profile on both sides: nothing happens.
    for (const auto &v : list.toArray()) {
        const QJsonObject update = v.toObject();
        SandboxUser *from = ProfileMatching::resolve(call.state, update.value(QLatin1String("identifier_to_merge")).toObject());
        SandboxUser *into = ProfileMatching::resolve(call.state, update.value(QLatin1String("identifier_to_keep")).toObject());
        if (from && into && from != into) {
            ProfileMatching::mergeInto(call.state, *from, *into, call.nowMs);
            call.stateChanged = true;
        }
    }
    return SandboxReply::success(202);
}

SandboxReply aliasUpdate(ApiCall &call)
{
    const QJsonValue list = call.body.value(QLatin1String("alias_updates"));
    if (!list.isArray() || list.toArray().isEmpty())
        return bad(QStringLiteral("'alias_updates' must be a non-empty array."));
    if (list.toArray().size() > MaxItems)
        return bad(QStringLiteral("The max number of alias updates per request was exceeded"));
    for (const auto &v : list.toArray()) {
        for (const char *key : {"alias_label", "old_alias_name", "new_alias_name"}) {
            const QJsonValue field = v.toObject().value(QLatin1String(key));
            if (!field.isString() || field.toString().isEmpty())
                return bad(QStringLiteral("Each alias update needs the strings 'alias_label', 'old_alias_name' and 'new_alias_name'."));
        }
    }
    for (const auto &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        const QString label = o.value(QLatin1String("alias_label")).toString();
        SandboxUser *user = call.state.byAlias({o.value(QLatin1String("old_alias_name")).toString(), label});
        if (!user)
            continue;   // no such alias: nothing is updated, silently
        for (UserAlias &alias : user->aliases) {
            if (alias.label == label && alias.name == o.value(QLatin1String("old_alias_name")).toString())
                alias.name = o.value(QLatin1String("new_alias_name")).toString();
        }
        user->updatedAtMs = call.nowMs;
        call.stateChanged = true;
    }
    return SandboxReply::success(201);
}

// The "array of arrays" of rename_errors / removal_errors: [index, text] per refused item.
QJsonArray itemError(int index, const QString &text)
{
    return QJsonArray{index, text};
}

SandboxReply renameExternalIds(ApiCall &call)
{
    const QJsonValue list = call.body.value(QLatin1String("external_id_renames"));
    if (!list.isArray() || list.toArray().isEmpty())
        return bad(QStringLiteral("'external_id_renames' must be a non-empty array."));
    if (list.toArray().size() > MaxItems)
        return bad(QStringLiteral("The max number of external_id_renames per request was exceeded"));
    QJsonArray renamed, errors;
    int index = -1;
    for (const auto &v : list.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        const QJsonValue current = o.value(QLatin1String("current_external_id"));
        const QJsonValue next = o.value(QLatin1String("new_external_id"));
        if (!current.isString() || !next.isString() || current.toString().isEmpty() || next.toString().isEmpty()) {
            errors.append(itemError(index, QStringLiteral("'current_external_id' and 'new_external_id' must be non-empty strings")));
            continue;
        }
        SandboxUser *user = call.state.byExternalId(current.toString());
        QString problem;
        if (current == next)
            problem = QStringLiteral("'current_external_id' and 'new_external_id' must differ");
        else if (!user || user->externalId != current.toString())
            problem = QStringLiteral("'current_external_id' is not the primary external ID of a user");
        else if (call.state.byExternalId(next.toString()))
            problem = QStringLiteral("'new_external_id' is already in use");
        if (!problem.isEmpty()) {
            errors.append(itemError(index, problem));
            continue;
        }
        call.state.renameExternalId(*user, next.toString());
        user->updatedAtMs = call.nowMs;
        renamed.append(next);
        call.stateChanged = true;
    }
    return SandboxReply::success(201, {{QStringLiteral("external_ids"), renamed}, {QStringLiteral("rename_errors"), errors}});
}

SandboxReply removeExternalIds(ApiCall &call)
{
    QStringList ids;
    if (!RequestValidation::stringList(call.body.value(QLatin1String("external_ids")), &ids) || ids.isEmpty())
        return bad(QStringLiteral("'external_ids' must be a non-empty array of strings."));
    if (ids.size() > MaxItems)
        return bad(QStringLiteral("The max number of external_ids per request was exceeded"));
    QJsonArray removed, errors;
    for (int i = 0; i < ids.size(); ++i) {
        SandboxUser *user = call.state.byExternalId(ids.at(i));
        if (!user) {
            errors.append(itemError(i, QStringLiteral("'%1' is not a deprecated external ID").arg(ids.at(i))));
        } else if (user->externalId == ids.at(i)) {
            errors.append(itemError(i, QStringLiteral("'%1' is a primary external ID and cannot be removed").arg(ids.at(i))));
        } else {
            call.state.removeDeprecatedExternalId(*user, ids.at(i));
            removed.append(ids.at(i));
            call.stateChanged = true;
        }
    }
    return SandboxReply::success(201, {{QStringLiteral("removed_ids"), removed}, {QStringLiteral("removal_errors"), errors}});
}

} // namespace

void EndpointFamilies::addUserMerge(EndpointTable &table)
{
    const QString identity = QLatin1String(RateLimiter::UserIdentity);
    const QString externalIds = QLatin1String(RateLimiter::ExternalIds);
    table.add(QStringLiteral("/users/merge"), {"POST", QStringLiteral("users.merge"), identity, false, merge});
    table.add(QStringLiteral("/users/alias/update"), {"POST", QStringLiteral("users.alias.update"), identity, false, aliasUpdate});
    table.add(QStringLiteral("/users/external_ids/rename"),
              {"POST", QStringLiteral("users.external_ids.rename"), externalIds, false, renameExternalIds});
    table.add(QStringLiteral("/users/external_ids/remove"),
              {"POST", QStringLiteral("users.external_ids.remove"), externalIds, false, removeExternalIds});
}

} // namespace Sandbox
