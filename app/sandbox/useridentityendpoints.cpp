// POST /users/alias/new, /users/identify, /users/delete (braze-api.md §11.3-11.5). They share
// Braze's 20,000 per minute bucket and each takes up to 50 items.
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

SandboxReply aliasNew(ApiCall &call)
{
    const QJsonValue list = call.body.value(QLatin1String("user_aliases"));
    if (!list.isArray() || list.toArray().isEmpty())
        return bad(QStringLiteral("'user_aliases' must be a non-empty array."));
    if (list.toArray().size() > MaxItems)
        return bad(QStringLiteral("The max number of aliases per request was exceeded"));
    for (const auto &v : list.toArray()) {
        if (!RequestValidation::parseAlias(v))
            return bad(QStringLiteral("Each user alias needs the strings 'alias_name' and 'alias_label'."));
        const QJsonValue external = v.toObject().value(QLatin1String("external_id"));
        if (!external.isUndefined() && !external.isString())
            return bad(QStringLiteral("'external_id' must be a string."));
    }
    int processed = 0;
    for (const auto &v : list.toArray()) {
        const UserAlias alias = *RequestValidation::parseAlias(v);
        const QString externalId = v.toObject().value(QLatin1String("external_id")).toString();
        ++processed;
        if (call.state.byAlias(alias))
            continue;
        if (!externalId.isEmpty()) {
            // With an external_id the alias goes to that user, or to nobody.
            SandboxUser *user = call.state.byExternalId(externalId);
            if (!user)
                continue;
            user->aliases.removeIf([&](const UserAlias &a) { return a.label == alias.label; });  // one name per label
            user->aliases << alias;
            user->updatedAtMs = call.nowMs;
        } else {
            call.state.createUser(call.nowMs, call.config.profileReadyDelayMs).aliases << alias;
        }
    }
    call.stateChanged = true;
    return SandboxReply::success(201, {{QStringLiteral("aliases_processed"), processed}});
}

// Attaches externalId to `profile` (or merges it into the existing user with that external_id).
void identify(ApiCall &call, SandboxUser *profile, const QString &externalId, const QString &aliasLabel)
{
    if (!profile || !profile->externalId.isEmpty())
        return;
    SandboxUser *existing = call.state.byExternalId(externalId);
    if (!existing) {
        call.state.setExternalId(*profile, externalId);
        profile->updatedAtMs = call.nowMs;
        return;
    }
    // Not merged if the identified user already has an alias with the same label.
    const bool labelTaken = !aliasLabel.isEmpty()
        && std::any_of(existing->aliases.begin(), existing->aliases.end(), [&](const UserAlias &a) { return a.label == aliasLabel; });
    if (!labelTaken)
        ProfileMatching::mergeInto(call.state, *profile, *existing, call.nowMs);
}

SandboxReply identifyUsers(ApiCall &call)
{
    const QJsonObject &b = call.body;
    const QJsonArray aliases = b.value(QLatin1String("aliases_to_identify")).toArray();
    const QJsonArray emails = b.value(QLatin1String("emails_to_identify")).toArray();
    const QJsonArray phones = b.value(QLatin1String("phone_numbers_to_identify")).toArray();
    for (const char *name : {"aliases_to_identify", "emails_to_identify", "phone_numbers_to_identify"}) {
        if (b.contains(QLatin1String(name)) && !b.value(QLatin1String(name)).isArray())
            return bad(QStringLiteral("'%1' must be an array.").arg(QLatin1String(name)));
    }
    if (aliases.isEmpty() && emails.isEmpty() && phones.isEmpty())
        return bad(QStringLiteral("Provide 'aliases_to_identify', 'emails_to_identify' or 'phone_numbers_to_identify'."));
    if (aliases.size() + emails.size() + phones.size() > MaxItems)
        return bad(QStringLiteral("The max number of aliases per request was exceeded"));
    for (const auto &v : aliases) {
        if (!v.toObject().value(QLatin1String("external_id")).isString()
            || !RequestValidation::parseAlias(v.toObject().value(QLatin1String("user_alias"))))
            return bad(QStringLiteral("Each item of 'aliases_to_identify' needs 'external_id' and a 'user_alias' object."));
    }
    for (const auto &[list, field] : {std::pair{emails, "email"}, std::pair{phones, "phone"}}) {
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            if (!o.value(QLatin1String("external_id")).isString() || !o.value(QLatin1String(field)).isString())
                return bad(QStringLiteral("Each item needs 'external_id' and '%1'.").arg(QLatin1String(field)));
            const QString error = ProfileMatching::prioritizationError(o.value(QLatin1String("prioritization")));
            if (!error.isEmpty())
                return bad(error);
        }
    }
    int processed = 0;
    for (const auto &v : aliases) {
        const QJsonObject o = v.toObject();
        const UserAlias alias = *RequestValidation::parseAlias(o.value(QLatin1String("user_alias")));
        identify(call, call.state.byAlias(alias), o.value(QLatin1String("external_id")).toString(), alias.label);
        ++processed;
    }
    for (const auto &[list, byEmail] : {std::pair{emails, true}, std::pair{phones, false}}) {
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            QStringList rules;
            RequestValidation::stringList(o.value(QLatin1String("prioritization")), &rules);
            const QString value = o.value(QLatin1String(byEmail ? "email" : "phone")).toString();
            QList<SandboxUser *> candidates = byEmail ? call.state.byEmail(value) : call.state.byPhone(value);
            candidates.removeIf([](SandboxUser *u) { return !u->externalId.isEmpty(); });   // only unidentified profiles
            identify(call, ProfileMatching::prioritised(candidates, rules), o.value(QLatin1String("external_id")).toString(), QString());
            ++processed;
        }
    }
    call.stateChanged = true;
    return SandboxReply::success(201, {{QStringLiteral("aliases_processed"), processed}});
}

SandboxReply deleteUsers(ApiCall &call)
{
    const QJsonObject &b = call.body;
    QStringList externalIds, brazeIds;
    if (b.contains(QLatin1String("external_ids")) && !RequestValidation::stringList(b.value(QLatin1String("external_ids")), &externalIds))
        return bad(QStringLiteral("'external_ids' must be an array of strings."));
    if (b.contains(QLatin1String("braze_ids")) && !RequestValidation::stringList(b.value(QLatin1String("braze_ids")), &brazeIds))
        return bad(QStringLiteral("'braze_ids' must be an array of strings."));
    const QJsonArray aliases = b.value(QLatin1String("user_aliases")).toArray();
    const QJsonArray emails = b.value(QLatin1String("email_addresses")).toArray();
    const QJsonArray phones = b.value(QLatin1String("phone_numbers")).toArray();
    const qsizetype count = externalIds.size() + brazeIds.size() + aliases.size() + emails.size() + phones.size();
    if (count == 0)
        return bad(QStringLiteral("Provide one of 'external_ids', 'user_aliases', 'braze_ids', 'email_addresses' or 'phone_numbers'."));
    if (count > MaxItems)
        return bad(QStringLiteral("The max number of ids per request was exceeded"));
    QList<SandboxUser *> targets;
    for (const QString &id : std::as_const(externalIds))
        targets << call.state.byExternalId(id);
    for (const QString &id : std::as_const(brazeIds))
        targets << call.state.byBrazeId(id);
    for (const auto &v : aliases) {
        const auto alias = RequestValidation::parseAlias(v);
        if (!alias)
            return bad(QStringLiteral("Each user alias needs the strings 'alias_name' and 'alias_label'."));
        targets << call.state.byAlias(*alias);
    }
    for (const auto &[list, field] : {std::pair{emails, "email"}, std::pair{phones, "phone"}}) {
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            const QString value = o.value(QLatin1String(field)).toString();
            QStringList rules;
            RequestValidation::stringList(o.value(QLatin1String("prioritization")), &rules);
            const QList<SandboxUser *> candidates = QLatin1String(field) == QLatin1String("email") ? call.state.byEmail(value)
                                                                                                    : call.state.byPhone(value);
            targets << (rules.isEmpty() ? SandboxState::preferred(candidates) : ProfileMatching::prioritised(candidates, rules));
        }
    }
    QStringList ids;
    for (SandboxUser *u : std::as_const(targets)) {
        if (u && !ids.contains(u->brazeId))
            ids << u->brazeId;
    }
    for (const QString &id : std::as_const(ids))
        call.state.removeUser(id);
    call.stateChanged = true;
    return SandboxReply::success(201, {{QStringLiteral("deleted"), int(ids.size())}});
}

} // namespace

void EndpointFamilies::addUserIdentity(EndpointTable &table)
{
    const QString bucket = QLatin1String(RateLimiter::UserIdentity);
    table.add(QStringLiteral("/users/alias/new"), {"POST", QStringLiteral("users.alias.new"), bucket, false, aliasNew});
    table.add(QStringLiteral("/users/identify"), {"POST", QStringLiteral("users.identify"), bucket, false, identifyUsers});
    table.add(QStringLiteral("/users/delete"), {"POST", QStringLiteral("users.delete"), bucket, false, deleteUsers});
}

} // namespace Sandbox
