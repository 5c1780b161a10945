// POST /users/export/ids (braze-api.md §11.2): profiles by external_ids, user_aliases, braze_id,
// email_address or phone, with only the fields asked for and empty fields left out.
#include "sandbox/endpointfamilies.h"
#include "sandbox/endpointtable.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestvalidation.h"
#include "sandbox/userexportfields.h"

#include <QJsonArray>
#include <QSet>

namespace Sandbox {

namespace {

SandboxReply exportIds(ApiCall &call)
{
    const QJsonObject &b = call.body;
    const auto bad = [](const QString &text) { return SandboxReply::message(400, text); };

    QStringList externalIds;
    if (b.contains(QLatin1String("external_ids")) && !RequestValidation::stringList(b.value(QLatin1String("external_ids")), &externalIds))
        return bad(QStringLiteral("'external_ids' must be an array of strings."));
    QList<UserAlias> aliases;
    if (b.contains(QLatin1String("user_aliases"))) {
        if (!b.value(QLatin1String("user_aliases")).isArray())
            return bad(QStringLiteral("'user_aliases' must be an array of user alias objects."));
        for (const auto &v : b.value(QLatin1String("user_aliases")).toArray()) {
            const auto alias = RequestValidation::parseAlias(v);
            if (!alias)
                return bad(QStringLiteral("Each user alias needs the strings 'alias_name' and 'alias_label'."));
            aliases << *alias;
        }
    }
    if (externalIds.size() + aliases.size() > 50)
        return bad(QStringLiteral("The max number of external_ids and aliases per request was exceeded"));
    for (const char *single : {"device_id", "braze_id", "email_address", "phone"}) {
        const QJsonValue v = b.value(QLatin1String(single));
        if (!v.isUndefined() && !v.isString())
            return bad(QStringLiteral("'%1' must be a single string; only one value is allowed per request.").arg(QLatin1String(single)));
    }
    QSet<QString> fields;
    const QString fieldsError = UserExportFields::parse(b, call.config.requireFieldsToExport, &fields);
    if (!fieldsError.isEmpty())
        return bad(fieldsError);
    const QString brazeId = b.value(QLatin1String("braze_id")).toString();
    const QString email = b.value(QLatin1String("email_address")).toString();
    const QString phone = b.value(QLatin1String("phone")).toString();
    const QString deviceId = b.value(QLatin1String("device_id")).toString();
    if (externalIds.isEmpty() && aliases.isEmpty() && brazeId.isEmpty() && email.isEmpty() && phone.isEmpty() && deviceId.isEmpty())
        return bad(QStringLiteral("Provide at least one of 'external_ids', 'user_aliases', 'braze_id', 'email_address', 'phone' or 'device_id'."));

    SandboxState &state = call.state;
    const qint64 now = call.nowMs;
    QList<const SandboxUser *> found;
    QJsonArray invalid;
    const auto take = [&](const SandboxUser *u) {
        if (u && u->isReady(now) && !found.contains(u))
            found << u;
        return u && u->isReady(now);
    };
    for (const QString &id : std::as_const(externalIds)) {
        if (!take(state.byExternalId(id)))
            invalid.append(id);
    }
    for (const auto &alias : std::as_const(aliases))
        take(state.byAlias(alias));
    if (!brazeId.isEmpty() && !take(state.byBrazeId(brazeId)))
        invalid.append(brazeId);
    // Several profiles may share an address: all of them are exported.
    for (const SandboxUser *u : state.byEmail(email))
        take(u);
    for (const SandboxUser *u : state.byPhone(phone))
        take(u);

    QJsonArray users;
    for (const SandboxUser *u : std::as_const(found))
        users.append(UserExportFields::exportUser(*u, fields));
    QJsonObject result{{QStringLiteral("users"), users}};
    if (!invalid.isEmpty())
        result.insert(QStringLiteral("invalid_user_ids"), invalid);
    return SandboxReply::success(201, result);
}

} // namespace

void EndpointFamilies::addUserExport(EndpointTable &table)
{
    table.add(QStringLiteral("/users/export/ids"),
              {"POST", QStringLiteral("users.export.ids"), QLatin1String(RateLimiter::UsersExport), false, exportIds});
}

} // namespace Sandbox
