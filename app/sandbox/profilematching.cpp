#include "sandbox/profilematching.h"

#include "sandbox/requestvalidation.h"

#include <algorithm>

namespace Sandbox {

namespace ProfileMatching {

SandboxUser *prioritised(QList<SandboxUser *> candidates, const QStringList &rules)
{
    for (const QString &rule : rules) {
        if (candidates.size() <= 1)
            break;
        if (rule == QLatin1String("identified") || rule == QLatin1String("unidentified")) {
            const bool wantIdentified = rule == QLatin1String("identified");
            candidates.removeIf([&](SandboxUser *u) { return u->externalId.isEmpty() == wantIdentified; });
        } else if (rule == QLatin1String("most_recently_updated") || rule == QLatin1String("least_recently_updated")) {
            const bool most = rule == QLatin1String("most_recently_updated");
            SandboxUser *pick = *std::max_element(candidates.begin(), candidates.end(), [&](SandboxUser *a, SandboxUser *b) {
                return most ? a->updatedAtMs < b->updatedAtMs : a->updatedAtMs > b->updatedAtMs;
            });
            candidates = {pick};
        }
    }
    return candidates.size() == 1 ? candidates.first() : nullptr;
}

QString prioritizationError(const QJsonValue &value)
{
    QStringList rules;
    if (!RequestValidation::stringList(value, &rules) || rules.isEmpty())
        return QStringLiteral("'prioritization' is required and must be an array.");
    static const QStringList valid{QStringLiteral("identified"), QStringLiteral("unidentified"),
                                   QStringLiteral("most_recently_updated"), QStringLiteral("least_recently_updated")};
    for (const QString &r : rules) {
        if (!valid.contains(r))
            return QStringLiteral("'%1' is not a valid prioritization.").arg(r);
    }
    if (rules.contains(QStringLiteral("identified")) && rules.contains(QStringLiteral("unidentified")))
        return QStringLiteral("Only one of 'identified' and 'unidentified' may be used in 'prioritization'.");
    return {};
}

SandboxUser *resolve(SandboxState &state, const QJsonObject &identifier)
{
    const auto text = [&](const char *key) { return identifier.value(QLatin1String(key)).toString(); };
    if (identifier.contains(QLatin1String("external_id")))
        return state.byExternalId(text("external_id"));
    if (identifier.contains(QLatin1String("external_user_id")))
        return state.byExternalId(text("external_user_id"));
    if (identifier.contains(QLatin1String("braze_id")))
        return state.byBrazeId(text("braze_id"));
    if (identifier.contains(QLatin1String("user_alias"))) {
        const auto alias = RequestValidation::parseAlias(identifier.value(QLatin1String("user_alias")));
        return alias ? state.byAlias(*alias) : nullptr;
    }
    QStringList rules;
    RequestValidation::stringList(identifier.value(QLatin1String("prioritization")), &rules);
    if (identifier.contains(QLatin1String("email")))
        return prioritised(state.byEmail(text("email")), rules);
    if (identifier.contains(QLatin1String("phone")))
        return prioritised(state.byPhone(text("phone")), rules);
    return nullptr;
}

void mergeInto(SandboxState &state, SandboxUser &from, SandboxUser &into, qint64 nowMs)
{
    for (auto it = from.standard.begin(); it != from.standard.end(); ++it) {
        if (!into.standard.contains(it.key()))
            into.standard.insert(it.key(), it.value());
    }
    for (auto it = from.custom.begin(); it != from.custom.end(); ++it) {
        if (!into.custom.contains(it.key()))
            into.custom.insert(it.key(), it.value());
    }
    if (into.email.isEmpty())
        into.email = from.email;
    if (into.phone.isEmpty())
        into.phone = from.phone;
    into.events.merge(from.events);
    into.purchases.merge(from.purchases);
    for (auto it = from.groups.constBegin(); it != from.groups.constEnd(); ++it) {
        if (!into.groups.contains(it.key()))
            into.groups.insert(it.key(), it.value());
    }
    for (const auto &alias : std::as_const(from.aliases)) {
        if (!std::any_of(into.aliases.begin(), into.aliases.end(), [&](const UserAlias &a) { return a.label == alias.label; }))
            into.aliases << alias;
    }
    // Canvas summaries: the most recent entry of each Canvas (export times sort as text).
    for (const QJsonValue &entry : std::as_const(from.canvasesReceived)) {
        const QJsonObject e = entry.toObject();
        into.enterCanvas(e.value(QLatin1String("api_canvas_id")).toString(), e.value(QLatin1String("name")).toString(),
                         e.value(QLatin1String("last_entered")).toString(), true);
    }
    into.createdAtMs = qMin(into.createdAtMs, from.createdAtMs);
    into.updatedAtMs = nowMs;
    state.removeUser(from.brazeId);
}

} // namespace ProfileMatching

} // namespace Sandbox
