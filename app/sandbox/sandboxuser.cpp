#include "sandbox/sandboxuser.h"

namespace Sandbox {

namespace {
QString capitalised(const QString &state)
{
    if (state == QLatin1String("subscribed"))
        return QStringLiteral("Subscribed");
    if (state == QLatin1String("unsubscribed"))
        return QStringLiteral("Unsubscribed");
    return QStringLiteral("Unknown");
}
}

QJsonObject UserAlias::toJson() const
{
    return {{QStringLiteral("alias_name"), name}, {QStringLiteral("alias_label"), label}};
}

UserAlias UserAlias::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("alias_name")).toString(), object.value(QLatin1String("alias_label")).toString()};
}

QString SandboxUser::groupStatus(const QString &groupId, qint64 nowMs) const
{
    const auto it = groups.constFind(groupId);
    if (it == groups.constEnd())
        return capitalised(QString());
    if (it->confirmAtMs > 0 && nowMs < it->confirmAtMs)
        return capitalised(it->stateBeforePending);
    return capitalised(it->state);
}

void SandboxUser::setGroupState(const QString &groupId, const QString &state, qint64 nowMs)
{
    groups.insert(groupId, {state, QString(), nowMs, 0});
    updatedAtMs = nowMs;
}

void SandboxUser::startDoubleOptIn(const QString &groupId, qint64 nowMs, qint64 delayMs)
{
    const auto it = groups.constFind(groupId);
    QString before;
    if (it != groups.constEnd())
        before = it->confirmAtMs > 0 && nowMs < it->confirmAtMs ? it->stateBeforePending : it->state;
    groups.insert(groupId, {QStringLiteral("subscribed"), before, nowMs, nowMs + qMax<qint64>(1, delayMs)});
    updatedAtMs = nowMs;
}

void SandboxUser::enterCanvas(const QString &canvasId, const QString &canvasName, const QString &enteredAt, bool keepLatest)
{
    for (qsizetype i = 0; i < canvasesReceived.size(); ++i) {
        QJsonObject entry = canvasesReceived.at(i).toObject();
        if (entry.value(QLatin1String("api_canvas_id")).toString() == canvasId) {
            if (keepLatest && entry.value(QLatin1String("last_entered")).toString() >= enteredAt)
                return;
            entry.insert(QStringLiteral("last_entered"), enteredAt);
            canvasesReceived.replace(i, entry);
            return;
        }
    }
    canvasesReceived.append(QJsonObject{{QStringLiteral("name"), canvasName}, {QStringLiteral("api_canvas_id"), canvasId},
                                        {QStringLiteral("last_entered"), enteredAt}, {QStringLiteral("in_control"), false},
                                        {QStringLiteral("steps_received"), QJsonArray()}});
}

QJsonObject SandboxUser::toJson() const
{
    QJsonArray aliasArray;
    for (const auto &a : aliases)
        aliasArray.append(a.toJson());
    QJsonObject groupObject;
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        groupObject.insert(it.key(), QJsonObject{{QStringLiteral("state"), it->state},
                                                 {QStringLiteral("before"), it->stateBeforePending},
                                                 {QStringLiteral("changed_at_ms"), it->changedAtMs},
                                                 {QStringLiteral("confirm_at_ms"), it->confirmAtMs}});
    }
    return {{QStringLiteral("braze_id"), brazeId}, {QStringLiteral("external_id"), externalId},
            {QStringLiteral("deprecated_external_ids"), QJsonArray::fromStringList(deprecatedExternalIds)},
            {QStringLiteral("user_aliases"), aliasArray}, {QStringLiteral("email"), email},
            {QStringLiteral("phone"), phone}, {QStringLiteral("standard"), standard},
            {QStringLiteral("custom"), custom}, {QStringLiteral("subscription_groups"), groupObject},
            {QStringLiteral("events"), events.toJson()}, {QStringLiteral("purchases"), purchases.toJson()},
            {QStringLiteral("canvases_received"), canvasesReceived},
            {QStringLiteral("created_at_ms"), createdAtMs}, {QStringLiteral("updated_at_ms"), updatedAtMs},
            {QStringLiteral("ready_at_ms"), readyAtMs}, {QStringLiteral("random_bucket"), randomBucket}};
}

SandboxUser SandboxUser::fromJson(const QJsonObject &o)
{
    SandboxUser u;
    u.brazeId = o.value(QLatin1String("braze_id")).toString();
    u.externalId = o.value(QLatin1String("external_id")).toString();
    for (const auto &d : o.value(QLatin1String("deprecated_external_ids")).toArray())
        u.deprecatedExternalIds << d.toString();
    for (const auto &a : o.value(QLatin1String("user_aliases")).toArray())
        u.aliases.append(UserAlias::fromJson(a.toObject()));
    u.email = o.value(QLatin1String("email")).toString();
    u.phone = o.value(QLatin1String("phone")).toString();
    u.standard = o.value(QLatin1String("standard")).toObject();
    u.custom = o.value(QLatin1String("custom")).toObject();
    u.canvasesReceived = o.value(QLatin1String("canvases_received")).toArray();
    const QJsonObject groupObject = o.value(QLatin1String("subscription_groups")).toObject();
    for (auto it = groupObject.constBegin(); it != groupObject.constEnd(); ++it) {
        const QJsonObject g = it.value().toObject();
        u.groups.insert(it.key(), {g.value(QLatin1String("state")).toString(), g.value(QLatin1String("before")).toString(),
                                   qint64(g.value(QLatin1String("changed_at_ms")).toDouble()),
                                   qint64(g.value(QLatin1String("confirm_at_ms")).toDouble())});
    }
    u.events = EventHistory::fromJson(o.value(QLatin1String("events")));
    u.purchases = PurchaseHistory::fromJson(o.value(QLatin1String("purchases")));
    u.createdAtMs = qint64(o.value(QLatin1String("created_at_ms")).toDouble());
    u.updatedAtMs = qint64(o.value(QLatin1String("updated_at_ms")).toDouble());
    u.readyAtMs = qint64(o.value(QLatin1String("ready_at_ms")).toDouble());
    u.randomBucket = o.value(QLatin1String("random_bucket")).toInt();
    return u;
}

} // namespace Sandbox
