// Subscription groups (braze-api.md §11.6-11.9): reading answers capitalised states, writing
// takes lower-case ones. Writes reach only profiles that are ready; an address with no ready
// profile keeps an orphaned state that a profile created later inherits (§10).
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

constexpr int MaxIds = 50;
const QString EmailAndPhone = QStringLiteral("Either an email address or a phone number should be provided, but not both.");

SandboxReply bad(const QString &text)
{
    return SandboxReply::message(400, text);
}

QList<SandboxUser *> readyOnly(QList<SandboxUser *> users, qint64 nowMs)
{
    users.removeIf([nowMs](SandboxUser *u) { return !u || !u->isReady(nowMs); });
    return users;
}

struct Targets
{
    QStringList externalIds;
    QStringList emails;
    QStringList phones;
};

QString channelError(const SubscriptionGroup &group, const Targets &t)
{
    if (group.channel == QLatin1String("email") && !t.phones.isEmpty())
        return QStringLiteral("Phone numbers can only be used with SMS subscription groups; group %1 is an email group.").arg(group.id);
    if (group.channel != QLatin1String("email") && !t.emails.isEmpty())
        return QStringLiteral("Email addresses can only be used with email subscription groups; group %1 is an SMS group.").arg(group.id);
    return {};
}

void applyState(ApiCall &call, const SubscriptionGroup &group, const QString &state, const Targets &t, bool doubleOptIn)
{
    const qint64 now = call.nowMs;
    const bool optIn = doubleOptIn && group.channel == QLatin1String("sms") && state == QLatin1String("subscribed");
    const auto set = [&](SandboxUser *u) {
        if (optIn)
            u->startDoubleOptIn(group.id, now, call.config.doubleOptInDelayMs);
        else
            u->setGroupState(group.id, state, now);
    };
    // A profile that is not ready yet is not found: the change is lost, as Braze's "wait about
    // two minutes after creating a user" advice warns.
    for (const QString &id : t.externalIds) {
        SandboxUser *u = call.state.byExternalId(id);
        if (u && u->isReady(now))
            set(u);
    }
    for (const auto &[values, isEmail] : {std::pair{t.emails, true}, std::pair{t.phones, false}}) {
        for (const QString &value : values) {
            const QList<SandboxUser *> users = readyOnly(isEmail ? call.state.byEmail(value) : call.state.byPhone(value), now);
            for (SandboxUser *u : users)
                set(u);
            if (users.isEmpty() && !optIn)
                call.state.orphans.append({value, group.id, state, now});
        }
    }
    call.stateChanged = true;
}

QString stateError(const QJsonValue &state)
{
    if (!state.isString())
        return QStringLiteral("'subscription_state' is required.");
    if (state.toString() != QLatin1String("subscribed") && state.toString() != QLatin1String("unsubscribed"))
        return QStringLiteral("'subscription_state' must be 'subscribed' or 'unsubscribed'.");
    return {};
}

SandboxReply statusSetV1(ApiCall &call)
{
    const QJsonObject &b = call.body;
    if (!b.value(QLatin1String("subscription_group_id")).isString())
        return bad(QStringLiteral("'subscription_group_id' is required."));
    const SubscriptionGroup *group = call.state.group(b.value(QLatin1String("subscription_group_id")).toString());
    if (!group)
        return bad(QStringLiteral("Invalid subscription group id."));
    const QString stateErr = stateError(b.value(QLatin1String("subscription_state")));
    if (!stateErr.isEmpty())
        return bad(stateErr);
    Targets t;
    for (const auto &[field, list] : {std::pair{"external_id", &t.externalIds}, std::pair{"email", &t.emails}, std::pair{"phone", &t.phones}}) {
        const QJsonValue v = b.value(QLatin1String(field));
        if (!v.isUndefined() && !RequestValidation::stringList(v, list, true))
            return bad(QStringLiteral("'%1' must be a string or an array of strings.").arg(QLatin1String(field)));
        if (list->size() > MaxIds)
            return bad(QStringLiteral("The max number of ids per request was exceeded"));
    }
    if (!t.emails.isEmpty() && !t.phones.isEmpty())
        return bad(EmailAndPhone);
    if (t.externalIds.isEmpty() && t.emails.isEmpty() && t.phones.isEmpty())
        return bad(QStringLiteral("Provide 'external_id', 'email' or 'phone'."));
    const QString channel = channelError(*group, t);
    if (!channel.isEmpty())
        return bad(channel);
    const QJsonValue doubleOptIn = b.value(QLatin1String("use_double_opt_in_logic"));
    if (!doubleOptIn.isUndefined() && !doubleOptIn.isBool())
        return bad(QStringLiteral("'use_double_opt_in_logic' must be a boolean."));
    applyState(call, *group, b.value(QLatin1String("subscription_state")).toString(), t, doubleOptIn.toBool());
    return SandboxReply::success(201);
}

SandboxReply statusSetV2(ApiCall &call)
{
    const QJsonValue list = call.body.value(QLatin1String("subscription_groups"));
    if (!list.isArray() || list.toArray().isEmpty())
        return bad(QStringLiteral("'subscription_groups' must be a non-empty array."));
    bool anyEmails = false, anyPhones = false;
    QList<std::tuple<const SubscriptionGroup *, QString, Targets, bool>> work;
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        for (const char *singular : {"external_id", "email", "phone"}) {
            if (item.contains(QLatin1String(singular)))
                return bad(QStringLiteral("Unknown field '%1' in subscription_groups[%2]; this endpoint uses '%1s'.")
                               .arg(QLatin1String(singular)).arg(i));
        }
        const SubscriptionGroup *group = call.state.group(item.value(QLatin1String("subscription_group_id")).toString());
        if (!group)
            return bad(QStringLiteral("Invalid subscription group id in subscription_groups[%1].").arg(i));
        const QString stateErr = stateError(item.value(QLatin1String("subscription_state")));
        if (!stateErr.isEmpty())
            return bad(stateErr);
        Targets t;
        for (const auto &[field, target] : {std::pair{"external_ids", &t.externalIds}, std::pair{"emails", &t.emails}, std::pair{"phones", &t.phones}}) {
            const QJsonValue v = item.value(QLatin1String(field));
            if (!v.isUndefined() && !RequestValidation::stringList(v, target))
                return bad(QStringLiteral("'%1' must be an array of strings.").arg(QLatin1String(field)));
            if (target->size() > MaxIds)
                return bad(QStringLiteral("The max number of ids per request was exceeded"));
        }
        for (const QString &phone : std::as_const(t.phones)) {
            if (!RequestValidation::isE164(phone))
                return bad(QStringLiteral("'%1' is not a phone number in E.164 format (for example +4915112345678).").arg(phone));
        }
        if (t.externalIds.isEmpty() && t.emails.isEmpty() && t.phones.isEmpty())
            return bad(QStringLiteral("Provide 'external_ids', 'emails' or 'phones' in subscription_groups[%1].").arg(i));
        const QString channel = channelError(*group, t);
        if (!channel.isEmpty())
            return bad(channel);
        anyEmails = anyEmails || !t.emails.isEmpty();
        anyPhones = anyPhones || !t.phones.isEmpty();
        work.append({group, item.value(QLatin1String("subscription_state")).toString(), t,
                     item.value(QLatin1String("use_double_opt_in_logic")).toBool()});
    }
    if (anyEmails && anyPhones)
        return bad(EmailAndPhone);
    for (const auto &[group, state, t, optIn] : std::as_const(work))
        applyState(call, *group, state, t, optIn);
    return SandboxReply::success(201);
}

// The identifiers of a GET query; `error` set when they break the rules.
Targets queryTargets(const SandboxRequest &r, QString *error)
{
    Targets t{r.queryValues(QStringLiteral("external_id")), r.queryValues(QStringLiteral("email")),
              r.queryValues(QStringLiteral("phone"))};
    if (t.externalIds.size() > MaxIds || t.emails.size() > MaxIds || t.phones.size() > MaxIds)
        *error = QStringLiteral("The max number of ids per request was exceeded");
    else if (t.externalIds.isEmpty() && t.emails.isEmpty() && t.phones.isEmpty())
        *error = QStringLiteral("Provide 'external_id', 'email' or 'phone'.");
    else if (t.externalIds.isEmpty() && !t.emails.isEmpty() && !t.phones.isEmpty())
        *error = EmailAndPhone;
    return t;
}

SandboxReply statusGet(ApiCall &call)
{
    const QString groupId = call.request.queryValue(QStringLiteral("subscription_group_id"));
    if (groupId.isEmpty())
        return bad(QStringLiteral("'subscription_group_id' is required."));
    const SubscriptionGroup *group = call.state.group(groupId);
    if (!group)
        return bad(QStringLiteral("Invalid subscription group id."));
    QString error;
    Targets t = queryTargets(call.request, &error);
    if (!error.isEmpty())
        return bad(error);
    if (!t.externalIds.isEmpty()) {     // external_id wins when present
        t.emails.clear();
        t.phones.clear();
    }
    const QString channel = channelError(*group, t);
    if (!channel.isEmpty())
        return bad(channel);
    const qint64 now = call.nowMs;
    QJsonObject status;
    for (const QString &id : std::as_const(t.externalIds)) {
        SandboxUser *u = call.state.byExternalId(id);
        status.insert(id, u && u->isReady(now) ? u->groupStatus(groupId, now) : QStringLiteral("Unknown"));
    }
    for (const auto &[values, isEmail] : {std::pair{t.emails, true}, std::pair{t.phones, false}}) {
        for (const QString &value : values) {
            SandboxUser *u = SandboxState::preferred(readyOnly(isEmail ? call.state.byEmail(value) : call.state.byPhone(value), now));
            status.insert(value, u ? u->groupStatus(groupId, now) : QStringLiteral("Unknown"));
        }
    }
    return SandboxReply::success(200, {{QStringLiteral("status"), status}});
}

SandboxReply userStatus(ApiCall &call)
{
    QString error;
    const Targets t = queryTargets(call.request, &error);
    if (!error.isEmpty())
        return bad(error);
    bool limitOk = true, offsetOk = true;
    const QString limitText = call.request.queryValue(QStringLiteral("limit"));
    const QString offsetText = call.request.queryValue(QStringLiteral("offset"));
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&limitOk);
    const int offset = offsetText.isEmpty() ? 0 : offsetText.toInt(&offsetOk);
    if (!limitOk || limit < 1 || limit > 100 || !offsetOk || offset < 0)
        return bad(QStringLiteral("'limit' must be 1 to 100 and 'offset' must not be negative."));

    const qint64 now = call.nowMs;
    QList<SandboxUser *> users;
    for (const QString &id : t.externalIds)
        users += readyOnly({call.state.byExternalId(id)}, now);
    for (const QString &email : t.emails)
        users += readyOnly(call.state.byEmail(email), now);     // users sharing an address come back separately
    for (const QString &phone : t.phones)
        users += readyOnly(call.state.byPhone(phone), now);
    QList<SandboxUser *> unique;
    for (SandboxUser *u : std::as_const(users)) {
        if (!unique.contains(u))
            unique << u;
    }
    QJsonArray out;
    for (qsizetype i = offset; i < unique.size() && out.size() < limit; ++i) {
        const SandboxUser *u = unique.at(i);
        QJsonArray groups;
        for (const auto &g : call.state.groups) {
            if (u->groups.contains(g.id))   // only groups with a status change in the user's history
                groups.append(QJsonObject{{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name},
                                          {QStringLiteral("channel"), g.channel}, {QStringLiteral("status"), u->groupStatus(g.id, now)}});
        }
        // The three keys are always there, null when the profile has no value (braze-api.md §11.7:
        // the observed shape, which clients type as nullable).
        const auto orNull = [](const QString &value) { return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value); };
        const QJsonObject entry{{QStringLiteral("subscription_groups"), groups}, {QStringLiteral("email"), orNull(u->email)},
                                {QStringLiteral("phone"), orNull(u->phone)}, {QStringLiteral("external_id"), orNull(u->externalId)}};
        out.append(entry);
    }
    return SandboxReply::success(200, {{QStringLiteral("users"), out}, {QStringLiteral("total_count"), int(unique.size())}});
}

} // namespace

void EndpointFamilies::addSubscriptions(EndpointTable &table)
{
    const QString setBucket = QLatin1String(RateLimiter::SubscriptionSet);
    const QString defaultBucket = QLatin1String(RateLimiter::Default);
    table.add(QStringLiteral("/subscription/status/set"), {"POST", QStringLiteral("subscription.status.set"), setBucket, false, statusSetV1});
    table.add(QStringLiteral("/v2/subscription/status/set"), {"POST", QStringLiteral("subscription.status.set"), setBucket, false, statusSetV2});
    table.add(QStringLiteral("/subscription/status/get"), {"GET", QStringLiteral("subscription.status.get"), defaultBucket, false, statusGet});
    table.add(QStringLiteral("/subscription/user/status"), {"GET", QStringLiteral("subscription.groups.get"), defaultBucket, false, userStatus});
}

} // namespace Sandbox
